using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

internal sealed partial class FunctionCompiler
{
    /// <summary>A compiled assignment target: where its object and key live, so it can be read and then written.</summary>
    private readonly record struct Place(SyntaxNode Node, int Object, int Key, int NameConstant);

    private Place PreparePlace(SyntaxNode target)
    {
        switch (target)
        {
            case MemberExpression m:
                return new Place(m, CompileObjectOperand(m.Object, false, heldAcross: true), -1, NameConstant(m.NameId));
            case IndexExpression i:
                var obj = CompileObjectOperand(i.Object, false, heldAcross: true);
                var key = AllocTemp();
                CompileExpression(i.Index);
                Emit(OpCode.Star, key);
                return new Place(i, obj, key, -1);
            default:
                return new Place(target, -1, -1, -1);
        }
    }

    /// <summary>Reads the current value of a compound-assignment or update target; its position was set by the operator (as in V8).</summary>
    private void LoadPlace(Place place)
    {
        switch (place.Node)
        {
            case Identifier id: LoadBinding(id.Resolution); break;
            case MemberExpression { Object: SuperExpression } or IndexExpression { Object: SuperExpression }:
                EmitSuperGet(place);
                break;
            case MemberExpression: Emit(OpCode.GetNamed, place.Object, place.NameConstant, NewCache()); break;
            default:
                Emit(OpCode.Ldar, place.Key);
                Emit(OpCode.GetKeyed, place.Object);
                break;
        }
    }

    /// <summary>Reads <c>super.x</c> or <c>super[k]</c>: the property of the home object's prototype, with <c>this</c> as the receiver for getters.</summary>
    private void EmitSuperGet(Place place)
    {
        var mark = _nextTemp;
        var self = AllocTemp();
        EmitSuperReceiver(place.Node);
        Emit(OpCode.Star, self);
        EmitPlaceKey(place);
        Emit(OpCode.GetSuper, place.Object, self);
        FreeTemps(mark);
    }

    /// <summary>Loads the receiver of a super property access: the enclosing method's <c>this</c>, checked in a derived constructor.</summary>
    private void EmitSuperReceiver(SyntaxNode access)
    {
        var super = access switch
        {
            MemberExpression m => (SuperExpression)m.Object,
            _ => (SuperExpression)((IndexExpression)access).Object,
        };
        LoadImplicit(super.This!.Resolution);
    }

    /// <summary>Loads the key of a member place: the name constant of <c>a.b</c> or the register of <c>a[k]</c>.</summary>
    private void EmitPlaceKey(Place place)
    {
        if (place.Key >= 0)
        {
            Emit(OpCode.Ldar, place.Key);
        }
        else
        {
            Emit(OpCode.LdaConst, place.NameConstant);
        }
    }

    /// <summary>Writes the accumulator to a target; the caller has placed the position (the assignment operator).</summary>
    private void StorePlace(Place place)
    {
        switch (place.Node)
        {
            case Identifier id: StoreBinding(id.Resolution, initialize: false); break;
            case MemberExpression { Object: SuperExpression } or IndexExpression { Object: SuperExpression }:
                var mark = _nextTemp;
                var value = AllocTemp();
                var self = AllocTemp();
                var key = AllocTemp();
                Emit(OpCode.Star, value);
                EmitSuperReceiver(place.Node);
                Emit(OpCode.Star, self);
                EmitPlaceKey(place);
                Emit(OpCode.Star, key);
                Emit(OpCode.Ldar, value);
                Emit(OpCode.SetSuper, place.Object, self, key);
                FreeTemps(mark);
                break;
            case MemberExpression: Emit(OpCode.SetNamed, place.Object, place.NameConstant, NewCache()); break;
            default: Emit(OpCode.SetKeyed, place.Object, place.Key); break;
        }
    }

    private void CompileAssignment(AssignmentExpression e)
    {
        if (e.Target is Pattern pattern)
        {
            var value = AllocTemp();
            CompileExpression(e.Value);
            Emit(OpCode.Star, value);
            BindPattern(pattern, value, initialize: false, e.OperatorPosition);
            Emit(OpCode.Ldar, value);
            return;
        }

        if (e.Operator is not null)
        {
            // V8 positions a compound assignment's read of its target at the operator (unless the target's own reads say otherwise).
            MarkExpression(e.OperatorPosition);
        }

        var place = PreparePlace(e.Target);
        if (e.Operator is null)
        {
            if (e.Target is Identifier target)
            {
                _nameHint = Names[target.NameId];
            }

            CompileExpression(e.Value);
            _nameHint = null;
            MarkExpression(e.OperatorPosition);
            StorePlace(place);
            return;
        }

        var op = e.Operator.Value;
        LoadPlace(place);
        if (op is BinaryOperator.LogicalAnd or BinaryOperator.LogicalOr or BinaryOperator.Coalesce)
        {
            var end = EmitJump(op switch
            {
                BinaryOperator.LogicalAnd => OpCode.JumpIfFalse,
                BinaryOperator.LogicalOr => OpCode.JumpIfTrue,
                _ => OpCode.JumpIfNotNullish,
            });
            CompileExpression(e.Value);
            MarkExpression(e.OperatorPosition);
            StorePlace(place);
            Patch(end);
            return;
        }

        var left = AllocTemp();
        Emit(OpCode.Star, left);
        CompileExpression(e.Value);
        MarkExpression(e.OperatorPosition);
        Emit(BinaryOp(op), left);
        MarkExpression(e.OperatorPosition);
        StorePlace(place);
    }

    private void CompileUpdate(UpdateExpression e)
    {
        MarkExpression(e.Position);
        var place = PreparePlace(e.Operand);
        LoadPlace(place);
        var old = -1;
        if (!e.IsPrefix)
        {
            // The old value, converted, is the result; inc and dec convert by themselves.
            Emit(OpCode.ToNumeric);
            old = AllocTemp();
            Emit(OpCode.Star, old);
        }

        Emit(e.IsIncrement ? OpCode.Inc : OpCode.Dec);
        MarkExpression(e.Position);
        StorePlace(place);
        if (old >= 0)
        {
            Emit(OpCode.Ldar, old);
        }
    }
}
