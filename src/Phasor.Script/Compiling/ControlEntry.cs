using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

/// <summary>One entry of the compiler's control stack: a jump target, a pushed environment or a protected region.</summary>
internal sealed class ControlEntry(ControlKind kind)
{
    public ControlKind Kind { get; } = kind;

    public Statement? Target { get; init; }

    public bool IsLoop { get; init; }

    public List<int> Breaks { get; } = [];

    public List<int> Continues { get; } = [];

    public BlockStatement? Finalizer { get; init; }

    public ProtectedRegion? Region { get; init; }

    /// <summary>For <see cref="ControlKind.Iterator"/>: the register holding the loop's iterator.</summary>
    public int IteratorRegister { get; init; } = -1;
}
