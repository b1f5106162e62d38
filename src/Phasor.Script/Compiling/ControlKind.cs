namespace Phasor.Script.Compiling;

/// <summary>What a compile-time control entry stands for when a jump leaves it.</summary>
internal enum ControlKind
{
    /// <summary>A loop, switch or labelled statement that break (and for loops continue) can target.</summary>
    Breakable,

    /// <summary>A scope whose environment was pushed: leaving it pops the environment.</summary>
    Environment,

    /// <summary>A try statement with a finally block: leaving it runs the finally block inline.</summary>
    Finally,

    /// <summary>A try block with a catch handler: a jump out of it must not be covered by its handler.</summary>
    Protected,

    /// <summary>The body of a for-of loop: leaving it early closes the iterator (IteratorClose), outside the loop's own handler.</summary>
    Iterator,
}
