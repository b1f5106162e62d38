using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>The target of a declaration, parameter or destructuring assignment.</summary>
internal abstract class Pattern(SyntaxKind kind, TextSpan span) : SyntaxNode(kind, span);
