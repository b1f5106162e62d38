using Phasor.Script.Syntax;

namespace Phasor.Script.Binding;

/// <summary>What the compiler needs about one function: its frame size, parameter layout, scopes and implicit bindings.</summary>
/// <remarks>
/// Frame layout: registers 0 .. <see cref="ParameterCount"/>-1 receive the arguments in order (a rest parameter's
/// register receives the array). A parameter that is a plain, uncaptured name lives in its argument register; a
/// captured one lives in the function scope's environment and the compiler copies the argument there on entry.
/// Every other local variable has its own register below <see cref="RegisterCount"/>; temporaries go above.
/// </remarks>
internal sealed class FunctionInfo
{
    public FunctionInfo(SyntaxNode node, FunctionInfo? parent, FunctionKind kind, Scope? outer, int start, int creationPosition)
    {
        Node = node;
        Parent = parent;
        Kind = kind;
        CreationPosition = creationPosition;
        Scope = new Scope(parent is null ? ScopeKind.Script : ScopeKind.Function, outer, this, start);
    }

    /// <summary>The function node, the class (for field initializer functions) or the source file (for the script body).</summary>
    public SyntaxNode Node { get; }

    public FunctionInfo? Parent { get; }

    /// <summary>The function's kind; field initializer functions count as methods, the script body as normal.</summary>
    public FunctionKind Kind { get; }

    /// <summary>Arrows have no this, new.target or home object of their own.</summary>
    public bool IsArrow => Kind == FunctionKind.Arrow;

    /// <summary>Whether super.x is allowed (methods, accessors, constructors and field initializers).</summary>
    public bool IsMethod { get; internal set; }

    /// <summary>Whether super(...) is allowed (the constructor of a class with an extends clause).</summary>
    public bool IsDerivedConstructor { get; internal set; }

    /// <summary>The scope of parameters, var declarations and the body's top-level declarations.</summary>
    public Scope Scope { get; }

    /// <summary>The scope of the body's var, function and lexical declarations when the parameters have expressions; otherwise null and <see cref="Scope"/> holds them.</summary>
    public Scope? BodyScope { get; internal set; }

    /// <summary>The scope where the body's declarations live: <see cref="BodyScope"/> or <see cref="Scope"/>.</summary>
    public Scope VarScope => BodyScope ?? Scope;

    /// <summary>Every scope whose registers live in this function's frame, the function scope first.</summary>
    public List<Scope> Scopes { get; } = [];

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

    /// <summary>The running function, when a nested arrow calls <c>super(...)</c> (only in derived constructors).</summary>
    public Variable? ActiveFunction { get; internal set; }

    /// <summary>The function's own name inside a named function or class expression.</summary>
    public Variable? SelfName { get; internal set; }

    /// <summary>Where the closure comes into existence (a hoisted declaration: the start of its scope); drives TDZ checks in closures.</summary>
    internal int CreationPosition { get; }

    public override string ToString() => $"{Kind} params={ParameterCount} registers={RegisterCount}";
}
