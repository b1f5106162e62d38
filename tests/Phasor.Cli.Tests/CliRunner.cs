namespace Phasor.Cli.Tests;

/// <summary>Runs `phasor` in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Cli.Run(args, new CliContext(stdout, stderr, Interactive: false));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string RepoRoot { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(RepoRoot, "examples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Phasor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Phasor.slnx not found");
    }
}
