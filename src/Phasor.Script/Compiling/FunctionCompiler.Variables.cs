using Phasor.Script.Binding;
using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

internal sealed partial class FunctionCompiler
{
    private int _enumRegister = -1;

    /// <summary>Loads a resolved name into the accumulator, checking the temporal dead zone where the binder asks.</summary>
    private void LoadBinding(Resolution resolution)
    {
        switch (resolution.Kind)
        {
            case ResolutionKind.Local:
                Emit(OpCode.Ldar, resolution.Index);
                break;
            case ResolutionKind.Captured:
                Emit(OpCode.LdaEnv, resolution.Depth, resolution.Index);
                break;
            case ResolutionKind.EnumMember:
                Emit(OpCode.GetNamed, _enumRegister, NameConstant(resolution.NameId), NewCache());
                return;
            default:
                Emit(OpCode.LdaGlobal, CellIndex(_globals.Get(resolution.NameId)));
                return;
        }

        if (resolution.NeedsTdzCheck)
        {
            Emit(OpCode.CheckHole, NameConstant(resolution.NameId));
        }
    }

    /// <summary>Stores the accumulator into a resolved name; the accumulator keeps the value.</summary>
    private void StoreBinding(Resolution resolution, bool initialize)
    {
        if (!initialize && resolution.Variable is { IsConstant: true })
        {
            Emit(OpCode.ThrowConstAssign);
            return;
        }

        if (!initialize && resolution.NeedsTdzCheck && resolution.Kind is ResolutionKind.Local or ResolutionKind.Captured)
        {
            var mark = _nextTemp;
            var value = AllocTemp();
            Emit(OpCode.Star, value);
            LoadBinding(resolution);
            Emit(OpCode.Ldar, value);
            FreeTemps(mark);
        }

        switch (resolution.Kind)
        {
            case ResolutionKind.Local:
                Emit(OpCode.Star, resolution.Index);
                break;
            case ResolutionKind.Captured:
                Emit(OpCode.StaEnv, resolution.Depth, resolution.Index);
                break;
            case ResolutionKind.EnumMember:
                Emit(OpCode.SetNamed, _enumRegister, NameConstant(resolution.NameId), NewCache());
                break;
            default:
                Emit(initialize ? OpCode.InitGlobal : OpCode.StaGlobal, CellIndex(_globals.Get(resolution.NameId)));
                break;
        }
    }

    /// <summary>Stores the accumulator into a variable of the scope whose environment is the current one.</summary>
    private void StoreVariable(Variable variable, bool initialize)
    {
        if (variable.IsGlobal)
        {
            Emit(OpCode.InitGlobal, CellIndex(_globals.Get(variable.NameId)));
        }
        else if (variable.EnvironmentSlot >= 0)
        {
            Emit(OpCode.StaEnv, 0, variable.EnvironmentSlot);
        }
        else
        {
            Emit(OpCode.Star, variable.Register);
        }
    }

    /// <summary>Loads <c>this</c> (or the home object for <c>super</c>) through the binder's implicit variable.</summary>
    private void LoadImplicit(Resolution resolution)
    {
        if (resolution.Kind == ResolutionKind.Unresolved || resolution.Variable is null)
        {
            Emit(OpCode.LdaThis);
            return;
        }

        LoadBinding(resolution with { NeedsTdzCheck = false });
        if (resolution.Variable.Kind == DeclarationKind.This && resolution.Variable.Scope.Function.IsDerivedConstructor)
        {
            Emit(OpCode.CheckHole, Constant(Runtime.JsValue.FromString("this")));
        }
    }

    /// <summary>Loads a variable of this function's outermost scope from the current point, counting the environments pushed since entry.</summary>
    private void LoadOwnVariable(Variable variable)
    {
        if (variable.EnvironmentSlot >= 0)
        {
            var depth = _bodyEnvironment ? 1 : 0;
            foreach (var entry in _control)
            {
                depth += entry.Kind == ControlKind.Environment ? 1 : 0;
            }

            Emit(OpCode.LdaEnv, depth, variable.EnvironmentSlot);
        }
        else
        {
            Emit(OpCode.Ldar, variable.Register);
        }
    }

    /// <summary>
    /// In a derived constructor, returning undefined yields <c>this</c>, which must be bound by then (10.2.2 [[Construct]]
    /// steps 10-12). The value is read from the binding, not the frame, because <c>super(...)</c> may have run in an arrow.
    /// </summary>
    private void EmitDerivedConstructorResult(bool mayBeDefined = false)
    {
        if (!_info.IsDerivedConstructor || _info.This is not { } self)
        {
            return;
        }

        var defined = EmitJump(OpCode.JumpIfNotUndefined);
        LoadOwnVariable(self);
        Emit(OpCode.CheckHole, Constant(Runtime.JsValue.FromString("this")));
        if (!mayBeDefined)
        {
            Patch(defined);
            return;
        }

        var end = EmitJump(OpCode.Jump);
        Patch(defined);
        Emit(OpCode.CheckDerivedResult);
        Patch(end);
    }

    /// <summary>
    /// Whether an expression is a variable held in a register that can be read in place: a local past its TDZ, or
    /// <c>this</c> outside a derived constructor (where <c>super()</c> binds it late); <paramref name="reassigned"/>
    /// tells whether some expression assigns it (<c>this</c> never).
    /// </summary>
    private static bool IsLocalRegister(Expression expression, out int register, out bool reassigned)
    {
        var resolution = expression switch
        {
            Identifier id => id.Resolution,
            ThisExpression self when self.Resolution.Variable is { Scope.Function.IsDerivedConstructor: false } => self.Resolution,
            _ => default,
        };

        if (resolution is { Kind: ResolutionKind.Local, NeedsTdzCheck: false, Variable: { } variable })
        {
            register = resolution.Index;
            reassigned = variable.IsReassigned;
            return true;
        }

        register = -1;
        reassigned = false;
        return false;
    }
}
