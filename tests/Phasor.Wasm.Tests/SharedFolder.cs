namespace Phasor.Wasm.Tests;

/// <summary>
/// The team's shared folder (spec vectors, peer benchmarks): <c>PHASOR_SHARED</c> when set (<c>.ci/run</c> sets it for a
/// clone made away from the project), else <c>shared/</c> beside the project root or any folder above the tests.
/// </summary>
internal static class SharedFolder
{
    /// <summary>Gets the path of <paramref name="relative"/> inside the shared folder when <paramref name="marker"/> exists there, or null.</summary>
    public static string? Find(string relative, string marker)
    {
        if (Environment.GetEnvironmentVariable("PHASOR_SHARED") is { Length: > 0 } shared)
        {
            var candidate = Path.Combine(shared, relative);
            return File.Exists(Path.Combine(candidate, marker)) ? candidate : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(Path.Combine(candidate, marker)))
            {
                return candidate;
            }
        }

        return null;
    }
}
