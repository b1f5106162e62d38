using Phasor.Script.Syntax;

namespace Phasor.Script.Binding;

/// <summary>What the binder resolves for one <c>super(...)</c> call: the bindings it initializes and reads, as seen from the call site.</summary>
/// <remarks>
/// The call may sit in an arrow inside the derived constructor, so each of these is a reference of its own with its
/// own capture depth rather than the constructor's frame: the call binds the constructor's <c>this</c>, and then,
/// as TypeScript emits it, assigns the parameter properties from the constructor's parameters.
/// </remarks>
internal sealed class SuperCallBinding(ThisExpression self, Identifier[] parameterProperties)
{
    /// <summary>The constructor's <c>this</c>, which the call initializes (and which must still be uninitialized).</summary>
    public ThisExpression This { get; } = self;

    /// <summary>Reads of the constructor parameters declared with a modifier (<c>constructor(public x)</c>), in parameter order.</summary>
    public Identifier[] ParameterProperties { get; } = parameterProperties;

    /// <summary>The constructor itself, when the call is inside an arrow (its parent class and field initializers are found from it); otherwise null.</summary>
    public Identifier? Function { get; init; }

    /// <summary>The constructor's <c>new.target</c>, when the call is inside an arrow; otherwise null.</summary>
    public NewTargetExpression? NewTarget { get; init; }
}
