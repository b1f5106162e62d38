namespace Phasor.Cli;

/// <summary>The example patches of examples/, compiled into the tool so `phasor demo` works from anywhere.</summary>
internal static class BuiltInExamples
{
    /// <summary>The text of an example by file name.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(BuiltInExamples).Assembly.GetManifestResourceStream("examples/" + name)
            ?? throw new InvalidOperationException($"example '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
