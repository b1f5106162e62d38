namespace Phasor.Script.Binding;

/// <summary>One declared binding: its name, declaration kind, scope and storage (register, environment slot or global).</summary>
internal sealed class Variable(int nameId, DeclarationKind kind, Scope scope, int declarationEnd)
{
    public int NameId { get; } = nameId;

    public DeclarationKind Kind { get; } = kind;

    public Scope Scope { get; } = scope;

    /// <summary>The source offset after which the binding is initialized; references before it (in the same function) need a TDZ check.</summary>
    public int DeclarationEnd { get; } = declarationEnd;

    /// <summary>Whether a function other than the declaring one refers to it, so it lives in a heap environment.</summary>
    public bool IsCaptured { get; internal set; }

    /// <summary>Whether it is a top-level declaration of the script, stored in a global cell.</summary>
    public bool IsGlobal { get; internal set; }

    /// <summary>The register in the declaring function's frame when neither captured nor global; otherwise -1.</summary>
    public int Register { get; internal set; } = -1;

    /// <summary>The slot in its scope's environment when captured; otherwise -1.</summary>
    public int EnvironmentSlot { get; internal set; } = -1;

    /// <summary>For a parameter that is a plain name: its argument register (0-based position); otherwise -1.</summary>
    public int ParameterIndex { get; internal set; } = -1;

    /// <summary>Whether some reference needs a TDZ check, so the compiler must initialize the storage with the hole on scope entry.</summary>
    public bool NeedsTdzCheck { get; internal set; }

    /// <summary>
    /// Whether an assignment, update or destructuring assignment writes the variable after its declaration: the
    /// compiler then copies it before holding it across the rest of an expression that might reassign it.
    /// </summary>
    public bool IsReassigned { get; internal set; }

    /// <summary>Whether assignment must throw a TypeError at run time (const, and an enum's or class's inner name).</summary>
    public bool IsConstant => Kind is DeclarationKind.Const or DeclarationKind.FunctionName;

    /// <summary>Whether the binding has a temporal dead zone (let, const, class).</summary>
    public bool IsLexical => Kind is DeclarationKind.Let or DeclarationKind.Const or DeclarationKind.Class or DeclarationKind.Enum;

    /// <summary>Whether reading it before its declaration completes throws: lexical bindings, and parameters of a function whose parameters have expressions (a default may not read a later parameter).</summary>
    public bool HasTdz => IsLexical || (Kind == DeclarationKind.Parameter && DeclarationEnd > 0);

    public override string ToString() => $"{Kind} #{NameId} reg={Register} env={EnvironmentSlot}";
}
