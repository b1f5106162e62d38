using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A class declaration statement, binding the class name like let.</summary>
internal sealed class ClassDeclaration(TextSpan span, ClassNode @class) : Statement(SyntaxKind.ClassDeclaration, span)
{
    public ClassNode Class { get; } = @class;
}
