namespace Phasor.Cli.Scripting;

/// <summary>How one evaluation ended.</summary>
internal enum ScriptOutcomeKind
{
    /// <summary>It ran to the end.</summary>
    Completed,

    /// <summary>It did not compile: syntax, scope or not-supported diagnostics.</summary>
    CompileError,

    /// <summary>It threw an uncaught exception.</summary>
    RuntimeError,

    /// <summary>It ran out of its budget or time, or was interrupted; the message says which.</summary>
    Stopped,

    /// <summary>It called <c>process.exit</c>.</summary>
    Exited,
}
