namespace Phasor.Cli.Tests;

/// <summary>Runs `phasor` in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWith(c => c, args);

    /// <summary>Runs with a context adjusted by <paramref name="configure"/> (input, terminal, interrupts).</summary>
    public static (int Exit, string Out, string Err) RunWith(Func<CliContext, CliContext> configure, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = Cli.Run(args, configure(new CliContext(stdout, stderr, Interactive: false)));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with <paramref name="stdin"/> as standard input.</summary>
    public static (int Exit, string Out, string Err) RunWithInput(string stdin, params string[] args) =>
        RunWith(c => c with { OpenInput = () => new StringReader(stdin) }, args);

    /// <summary>Runs with stdout and stderr written to one transcript, so their order shows.</summary>
    public static (int Exit, string Transcript) RunTranscript(string stdin, params string[] args)
    {
        using var both = new StringWriter { NewLine = "\n" };
        var context = new CliContext(both, both, Interactive: false) { OpenInput = () => new StringReader(stdin) };
        var exit = Cli.Run(args, context);
        return (exit, both.ToString());
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
