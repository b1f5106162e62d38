using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A statement or declaration.</summary>
internal abstract class Statement(SyntaxKind kind, TextSpan span) : SyntaxNode(kind, span);
