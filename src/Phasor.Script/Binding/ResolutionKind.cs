namespace Phasor.Script.Binding;

/// <summary>Where a resolved name lives at run time.</summary>
internal enum ResolutionKind
{
    /// <summary>Not bound yet (the binder has not run, or the tree had errors).</summary>
    Unresolved,

    /// <summary>A register of the current function's frame: <see cref="Resolution.Index"/>.</summary>
    Local,

    /// <summary>A slot of a heap environment: walk <see cref="Resolution.Depth"/> environments out, then slot <see cref="Resolution.Index"/>.</summary>
    Captured,

    /// <summary>A global cell looked up by <see cref="Resolution.NameId"/> (top-level declarations and undeclared names).</summary>
    Global,

    /// <summary>A member of the enum whose initializers are being evaluated, named without the enum prefix: read property <see cref="Resolution.NameId"/> of the enum object under construction.</summary>
    EnumMember,
}
