namespace Phasor.Audio;

/// <summary>The backends that can run a plan.</summary>
public enum BackendKind
{
    /// <summary>The reference interpreter: plain, obviously correct, the oracle for the others.</summary>
    Reference,

    /// <summary>The compiled backend: the plan emitted as one .NET method per patch, tick forms fused into loops.</summary>
    Il,
}
