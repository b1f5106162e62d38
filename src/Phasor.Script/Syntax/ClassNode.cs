using Phasor.Script.Binding;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>A class (declaration or expression) with its heritage and members; types and bodiless members are erased.</summary>
internal sealed class ClassNode(TextSpan span, BindingIdentifier? name, Expression? heritage, ClassMember[] members) : Expression(SyntaxKind.ClassNode, span)
{
    public BindingIdentifier? Name { get; } = name;

    public Expression? Heritage { get; } = heritage;

    public ClassMember[] Members { get; } = members;

    /// <summary>Set by the binder.</summary>
    public Scope? Scope { get; set; }

    /// <summary>Set by the binder: where the class's own name is bound inside its body (ECMAScript 15.7.14 step 4), which
    /// static initializers and methods see even while a declaration's outer binding is still uninitialized.</summary>
    public BindingIdentifier? InnerName { get; set; }

    /// <summary>Set by the binder.</summary>
    public FunctionInfo? InstanceFields { get; set; }

    /// <summary>Set by the binder.</summary>
    public FunctionInfo? StaticFields { get; set; }
}
