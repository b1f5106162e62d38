using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A pattern target with a default used when the value is undefined.</summary>
internal sealed class DefaultPattern(TextSpan span, Pattern target, Expression @default) : Pattern(SyntaxKind.DefaultPattern, span)
{
    public Pattern Target { get; } = target;

    public Expression Default { get; } = @default;
}
