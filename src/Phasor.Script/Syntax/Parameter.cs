using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A formal parameter: a target with an optional default, possibly rest, possibly a TypeScript parameter property.</summary>
internal sealed class Parameter(TextSpan span, Pattern target, Expression? @default, bool isRest, ParameterModifiers modifiers) : SyntaxNode(SyntaxKind.Parameter, span)
{
    public Pattern Target { get; } = target;

    public Expression? Default { get; } = @default;

    public bool IsRest { get; } = isRest;

    public ParameterModifiers Modifiers { get; } = modifiers;
}
