using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>An expression.</summary>
internal abstract class Expression(SyntaxKind kind, TextSpan span) : SyntaxNode(kind, span);
