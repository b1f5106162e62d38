namespace Phasor.Script.Tests.Hosting;

/// <summary>Runs <see cref="HeapLimitTests"/> with no other test in parallel: the heap limit measures the whole process.</summary>
[CollectionDefinition(nameof(HeapLimitTests), DisableParallelization = true)]
public sealed class HeapLimitIsolation
{
}
