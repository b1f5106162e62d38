namespace Phasor.Compile.Il;

/// <summary>When an <see cref="IlBackend"/>'s compiled code is ready, and what plays until it is.</summary>
public enum Tiering
{
    /// <summary>
    /// Compiled before the constructor (and a SetInput that needs new code) returns: the fastest way to render offline.
    /// </summary>
    Immediate,

    /// <summary>
    /// The kernel plays at once through its nodes' block kernels (the quick tier) while the compiled code is built on
    /// the thread pool; the compiled code takes over at the next block boundary once ready, with the same output
    /// sample for sample. A live session uses this, so that evaluating a cell never waits for the JIT.
    /// </summary>
    Background,
}
