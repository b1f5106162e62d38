using Phasor.Script.Syntax;

namespace Phasor.Script.Binding;

/// <summary>The result of binding a syntax tree: the script function and every function in it; per-node results are annotations on the tree.</summary>
/// <remarks>
/// The binder writes <see cref="Resolution"/> on every Identifier, BindingIdentifier, ThisExpression,
/// SuperExpression and NewTargetExpression; <see cref="FunctionInfo"/> on every FunctionNode (and on ClassNode for
/// field initializers, on SourceFile for the script); <see cref="Scope"/> on blocks, loops, catch clauses and
/// switches that declare something; and the jump target on break and continue. See docs/script-syntax.md.
/// </remarks>
internal sealed class BoundTree(SyntaxTree syntax, FunctionInfo script, IReadOnlyList<FunctionInfo> functions)
{
    public SyntaxTree Syntax { get; } = syntax;

    /// <summary>The top-level code as a function of its own (its declarations are globals).</summary>
    public FunctionInfo Script { get; } = script;

    /// <summary>Every function, the script first, parents before children.</summary>
    public IReadOnlyList<FunctionInfo> Functions { get; } = functions;

    /// <summary>The top-level declarations, which the engine keeps as global cells across cells.</summary>
    public IReadOnlyList<Variable> Globals => Script.Scope.Variables.Where(v => v.IsGlobal).ToArray();

    /// <summary>Whether parsing or binding reported an error (then the tree must not be compiled).</summary>
    public bool HasErrors => Syntax.Diagnostics.HasErrors;
}
