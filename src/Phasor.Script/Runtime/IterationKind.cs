namespace Phasor.Script.Runtime;

/// <summary>What an iterator over a collection yields: keys, values, or [key, value] entries.</summary>
internal enum IterationKind
{
    Keys,
    Values,
    Entries,
}
