using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A function declaration statement; the function is hoisted to the start of its scope.</summary>
internal sealed class FunctionDeclaration(TextSpan span, FunctionNode @function) : Statement(SyntaxKind.FunctionDeclaration, span)
{
    public FunctionNode Function { get; } = @function;
}
