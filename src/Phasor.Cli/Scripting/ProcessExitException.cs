using Phasor.Script.Hosting;

namespace Phasor.Cli.Scripting;

/// <summary>Unwinds a script that called <c>process.exit(code)</c>; the VM does not catch it, so no script <c>catch</c> or <c>finally</c> runs, as in Node.</summary>
internal sealed class ProcessExitException : ScriptTerminationException
{
    /// <summary>Creates the exception for exit code <paramref name="code"/>.</summary>
    public ProcessExitException(int code)
        : base($"process.exit({code})")
    {
        Code = code;
    }

    /// <summary>The exit code the script asked for.</summary>
    public int Code { get; }
}
