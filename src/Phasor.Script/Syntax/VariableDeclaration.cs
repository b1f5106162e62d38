using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A var, let or const declaration of one or more declarators.</summary>
internal sealed class VariableDeclaration(TextSpan span, VariableKind declarationKind, VariableDeclarator[] declarators) : Statement(SyntaxKind.VariableDeclaration, span)
{
    public VariableKind DeclarationKind { get; } = declarationKind;

    public VariableDeclarator[] Declarators { get; } = declarators;
}
