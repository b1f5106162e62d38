namespace Phasor.Wasm.Tests.Spec;

/// <summary>How one command went.</summary>
public enum SpecStatus
{
    /// <summary>The command did what the suite expects.</summary>
    Passed,

    /// <summary>It did not; <see cref="SpecOutcome.Detail"/> says how.</summary>
    Failed,

    /// <summary>It does not apply to a binary engine (a text-format module); counted apart, not failed.</summary>
    NotApplicable,

    /// <summary>No execution tier ran it yet; counted and reported, never passed.</summary>
    NotRun,
}

/// <summary>The outcome of one command.</summary>
/// <param name="Status">How it went.</param>
/// <param name="Detail">Why it failed (or why it does not apply).</param>
public readonly record struct SpecOutcome(SpecStatus Status, string? Detail = null)
{
    /// <summary>Gets the passing outcome.</summary>
    public static SpecOutcome Pass => new(SpecStatus.Passed);

    /// <summary>Creates a failing outcome.</summary>
    public static SpecOutcome Fail(string detail) => new(SpecStatus.Failed, detail);
}
