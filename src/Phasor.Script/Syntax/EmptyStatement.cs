using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A lone semicolon (also what a dropped TypeScript declaration leaves where a statement is required).</summary>
internal sealed class EmptyStatement(TextSpan span) : Statement(SyntaxKind.EmptyStatement, span);
