namespace Phasor.Script.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop a script from running, warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The script cannot run.</summary>
    Error,

    /// <summary>The script runs, but probably not as meant.</summary>
    Warning,
}
