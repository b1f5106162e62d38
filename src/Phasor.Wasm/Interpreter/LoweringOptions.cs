namespace Phasor.Wasm.Interpreter;

/// <summary>
/// Switches for the lowering's rewrites, all on by default. They exist so each rewrite's effect can be measured
/// against the plain translation (docs/wasm-interpreter.md gives the figures); results are the same either way.
/// </summary>
internal sealed record LoweringOptions
{
    /// <summary>Gets the default: every rewrite on.</summary>
    public static LoweringOptions Default { get; } = new();

    /// <summary>Gets the plain translation: every rewrite off.</summary>
    public static LoweringOptions None { get; } = new()
    {
        RetargetResults = false,
        ImmediateOperands = false,
        FuseCompareBranch = false,
        FuseCounterBranch = false,
        FoldAddressAdd = false,
        ConstantStores = false,
        MergeMoves = false,
        FoldCallArguments = false,
    };

    /// <summary>Gets whether a result is computed straight into the local (or label slot) that receives it.</summary>
    public bool RetargetResults { get; init; } = true;

    /// <summary>Gets whether a constant operand becomes an immediate (<c>I32AddImm</c>) instead of a slot.</summary>
    public bool ImmediateOperands { get; init; } = true;

    /// <summary>Gets whether a comparison read only by a branch fuses with it.</summary>
    public bool FuseCompareBranch { get; init; } = true;

    /// <summary>Gets whether <c>local.tee</c> of <c>x + c</c> then <c>br_if</c> fuses.</summary>
    public bool FuseCounterBranch { get; init; } = true;

    /// <summary>Gets whether an address computed as <c>x + c</c> folds into the load or store.</summary>
    public bool FoldAddressAdd { get; init; } = true;

    /// <summary>Gets whether storing a constant uses a store-immediate instruction.</summary>
    public bool ConstantStores { get; init; } = true;

    /// <summary>Gets whether two consecutive moves become one <c>Mov2</c>.</summary>
    public bool MergeMoves { get; init; } = true;

    /// <summary>Gets whether a call copies arguments still in locals itself (<c>CallArgs</c>) instead of moves before it.</summary>
    public bool FoldCallArguments { get; init; } = true;
}
