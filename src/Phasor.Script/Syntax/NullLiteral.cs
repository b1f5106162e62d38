using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>null.</summary>
internal sealed class NullLiteral(TextSpan span) : Expression(SyntaxKind.NullLiteral, span);
