using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Any function: declaration, expression, arrow, method, accessor or constructor.</summary>
internal sealed class FunctionNode(TextSpan span, FunctionKind functionKind, BindingIdentifier? name, Parameter[] parameters, BlockStatement? body, Expression? expressionBody) : Expression(SyntaxKind.FunctionNode, span)
{
    public FunctionKind FunctionKind { get; } = functionKind;

    public BindingIdentifier? Name { get; } = name;

    public Parameter[] Parameters { get; } = parameters;

    public BlockStatement? Body { get; } = body;

    public Expression? ExpressionBody { get; } = expressionBody;

    /// <summary>Set by the binder.</summary>
    public FunctionInfo? Info { get; set; }
}
