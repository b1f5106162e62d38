using Phasor.Script.Syntax;

namespace Phasor.Script.Binding;

/// <summary>What the compiler needs about one function: its frame size, parameter layout, scope and implicit bindings.</summary>
/// <remarks>
/// Frame layout: registers 0 .. <see cref="ParameterCount"/>-1 receive the arguments in order (a rest parameter's
/// register receives the array); a simple, uncaptured parameter's variable is that register. Every other local
/// variable has its own register up to <see cref="RegisterCount"/>; the compiler allocates temporaries above it.
/// </remarks>
internal sealed class FunctionInfo
{
    public FunctionInfo(SyntaxNode node, FunctionInfo? parent, bool isArrow, ScopeKind scopeKind)
    {
        Node = node;
        Parent = parent;
        IsArrow = isArrow;
        Scope = new Scope(scopeKind, null, this);
    }

    internal FunctionInfo(SyntaxNode node, FunctionInfo? parent, bool isArrow, Scope? outer)
    {
        Node = node;
        Parent = parent;
        IsArrow = isArrow;
        Scope = new Scope(ScopeKind.Function, outer, this);
    }

    /// <summary>The function node, the class (for field initializer functions) or the source file (for the script body).</summary>
    public SyntaxNode Node { get; }

    public FunctionInfo? Parent { get; }

    /// <summary>Arrows have no this, new.target or home object of their own.</summary>
    public bool IsArrow { get; }

    /// <summary>The scope of parameters, var declarations and the body's top-level declarations.</summary>
    public Scope Scope { get; }

    /// <summary>The number of argument registers, which come first in the frame.</summary>
    public int ParameterCount { get; internal set; }

    /// <summary>The number of registers for parameters and local variables; temporaries go above.</summary>
    public int RegisterCount { get; internal set; }

    /// <summary>The receiver, when this function or a nested arrow uses this.</summary>
    public Variable? This { get; internal set; }

    /// <summary>new.target, when this function or a nested arrow uses it.</summary>
    public Variable? NewTarget { get; internal set; }

    /// <summary>The home object for super, when this method or a nested arrow uses super.</summary>
    public Variable? HomeObject { get; internal set; }

    /// <summary>The function's own name inside a named function expression, when referenced.</summary>
    public Variable? SelfName { get; internal set; }

    /// <summary>The variables of the parameters' targets (destructured parameters bind several), in order.</summary>
    public List<Variable> ParameterVariables { get; } = [];

    internal int NextRegister()
    {
        return RegisterCount++;
    }
}
