namespace Phasor.Audio.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Phasor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Phasor.slnx not found above " + AppContext.BaseDirectory);
    }
}
