using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A method, accessor or the constructor of a class.</summary>
internal sealed class ClassMethod(TextSpan span, bool isStatic, PropertyKey key, FunctionNode @function) : ClassMember(SyntaxKind.ClassMethod, span, isStatic, key)
{
    public FunctionNode Function { get; } = @function;
}
