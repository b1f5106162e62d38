using Phasor.Audio.Reference;
using Phasor.Compile.Il;
using Phasor.Graph.Execution;
using Phasor.Graph.Planning;

namespace Phasor.Audio;

/// <summary>Creates the kernel that runs a plan on the chosen backend.</summary>
public static class Backends
{
    /// <summary>A running kernel for <paramref name="plan"/>.</summary>
    public static IGraphKernel Create(Plan plan, BackendKind kind = BackendKind.Reference) => kind switch
    {
        BackendKind.Reference => new ReferenceBackend(plan),
        BackendKind.Il => new IlBackend(plan),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown backend"),
    };
}
