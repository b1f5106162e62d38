namespace Phasor.Script.Binding;

/// <summary>What an identifier (or this, super, new.target) refers to, as the compiler needs it: a register, an environment slot or a global.</summary>
/// <param name="Kind">Where the variable lives.</param>
/// <param name="Index">The register (Local) or environment slot (Captured); -1 for globals.</param>
/// <param name="Depth">For Captured: how many environments to walk out from the innermost one active at the reference.</param>
/// <param name="NameId">The name id (always set; the key of a global cell).</param>
/// <param name="NeedsTdzCheck">Whether this reference may run before the binding is initialized, so the compiler must check for the hole.</param>
/// <param name="Variable">The declared variable, or null for an undeclared global.</param>
internal readonly record struct Resolution(ResolutionKind Kind, int Index, int Depth, int NameId, bool NeedsTdzCheck, Variable? Variable);
