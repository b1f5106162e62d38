using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Stands where an expression could not be parsed; only trees with errors hold it.</summary>
internal sealed class ErrorExpression(TextSpan span) : Expression(SyntaxKind.ErrorExpression, span);
