using Phasor.Script.Binding;
using Phasor.Script.Runtime;
using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

internal sealed partial class FunctionCompiler
{
    private readonly List<List<int>> _optionalExits = [];

    /// <summary>Compiles an expression; its value ends in the accumulator.</summary>
    private void CompileExpression(Expression expression)
    {
        var mark = _nextTemp;
        var hint = _nameHint;
        _nameHint = null;
        switch (expression)
        {
            case NumberLiteral e: EmitNumber(e.Value); break;
            case StringLiteral e: EmitString(Names[e.ValueId]); break;
            case BooleanLiteral e: Emit(e.Value ? OpCode.LdaTrue : OpCode.LdaFalse); break;
            case NullLiteral: Emit(OpCode.LdaNull); break;
            case Identifier e:
                if (MayThrowOnRead(e.Resolution))
                {
                    MarkVariable(e);
                }

                LoadBinding(e.Resolution);
                break;
            case ThisExpression e: LoadImplicit(e.Resolution); break;
            case NewTargetExpression e: LoadBinding(e.Resolution); break;
            case TemplateLiteral e: CompileTemplate(e); break;
            case ArrayLiteral e: CompileArray(e); break;
            case ObjectLiteral e: CompileObject(e); break;
            case FunctionNode e: EmitClosure(e, e.Name is { } n ? Names[n.NameId] : hint ?? "", -1); break;
            case ClassNode e:
                _nameHint = hint;
                CompileClass(e);
                break;
            case UnaryExpression e: CompileUnary(e); break;
            case UpdateExpression e: CompileUpdate(e); break;
            case BinaryExpression e: CompileBinary(e); break;
            case ConditionalExpression e:
                CompileExpression(e.Condition);
                var toElse = EmitBranchIfFalse();
                CompileExpression(e.WhenTrue);
                var toEnd = EmitJump(OpCode.Jump);
                Patch(toElse);
                CompileExpression(e.WhenFalse);
                Patch(toEnd);
                break;
            case AssignmentExpression e: CompileAssignment(e); break;
            case SequenceExpression e:
                foreach (var item in e.Expressions)
                {
                    CompileExpression(item);
                }

                break;
            case MemberExpression e:
                var obj = CompileObjectOperand(e.Object, e.IsOptional, heldAcross: false);
                MarkExpression(e.NamePosition);
                if (e.Object is SuperExpression)
                {
                    EmitSuperGet(new Place(e, obj, -1, NameConstant(e.NameId)));
                }
                else
                {
                    Emit(OpCode.GetNamed, obj, NameConstant(e.NameId), NewCache());
                }

                break;
            case IndexExpression e:
                var target = CompileObjectOperand(e.Object, e.IsOptional, heldAcross: true);
                if (e.Object is SuperExpression)
                {
                    var key = AllocTemp();
                    CompileExpression(e.Index);
                    Emit(OpCode.Star, key);
                    MarkExpression(e.BracketPosition);
                    EmitSuperGet(new Place(e, target, key, -1));
                    break;
                }

                CompileExpression(e.Index);
                MarkExpression(e.BracketPosition);
                Emit(OpCode.GetKeyed, target);
                break;
            case CallExpression e: CompileCall(e); break;
            case NewExpression e: CompileNew(e); break;
            case OptionalChain e: CompileOptionalChain(e); break;
            default: throw new NotSupportedException("expression " + expression.Kind);
        }

        FreeTemps(mark);
    }

    /// <summary>Evaluates the object of a member access into a register, short-circuiting an optional link.</summary>
    /// <param name="expression">The object expression.</param>
    /// <param name="isOptional">Whether the access is an optional link (<c>a?.b</c>).</param>
    /// <param name="heldAcross">
    /// Whether the register is read again after other parts of the expression run (a key, arguments, an assigned value):
    /// a local is then used in place only if nothing assigns it, since <c>a.b = (a = c, 1)</c> writes to the old object.
    /// </param>
    private int CompileObjectOperand(Expression expression, bool isOptional, bool heldAcross)
    {
        int register;
        if (expression is SuperExpression super)
        {
            register = AllocTemp();
            LoadBinding(super.Resolution);
            Emit(OpCode.Star, register);
            return register;
        }

        if (!isOptional && IsLocalRegister(expression, out register, out var reassigned) && !(heldAcross && reassigned))
        {
            DeferStatementPosition();
            return register;
        }

        register = AllocTemp();
        CompileExpression(expression);
        Emit(OpCode.Star, register);
        if (isOptional)
        {
            _optionalExits[^1].Add(EmitJump(OpCode.JumpIfNullish));
        }

        return register;
    }

    private void CompileOptionalChain(OptionalChain e)
    {
        _optionalExits.Add([]);
        CompileExpression(e.Expression);
        var exits = _optionalExits[^1];
        _optionalExits.RemoveAt(_optionalExits.Count - 1);
        var end = EmitJump(OpCode.Jump);
        PatchAll(exits, Here);
        Emit(OpCode.LdaUndefined);
        Patch(end);
    }

    private void CompileTemplate(TemplateLiteral e)
    {
        var result = AllocTemp();
        EmitString(Names[e.Quasis[0]]);
        for (var i = 0; i < e.Expressions.Length; i++)
        {
            Emit(OpCode.Star, result);
            CompileExpression(e.Expressions[i]);
            MarkExpression(e.Expressions[i].Span.Start);
            Emit(OpCode.ToStringOp);
            Emit(OpCode.Add, result);
            var quasi = Names[e.Quasis[i + 1]];
            if (quasi.Length > 0)
            {
                Emit(OpCode.Star, result);
                EmitString(quasi);
                Emit(OpCode.Add, result);
            }
        }
    }

    /// <summary>Builds an array literal; <paramref name="spreadPosition"/> is where a failed spread is reported (a spread call's position; else the spread operand).</summary>
    private void CompileArray(ArrayLiteral e, int spreadPosition = -1)
    {
        var array = AllocTemp();
        Emit(OpCode.CreateArray);
        Emit(OpCode.Star, array);
        foreach (var element in e.Elements)
        {
            switch (element)
            {
                case null: Emit(OpCode.ArrayHole, array); break;
                case SpreadElement spread:
                    CompileExpression(spread.Expression);
                    MarkExpression(spreadPosition >= 0 ? spreadPosition : spread.Expression.Span.Start);
                    Emit(OpCode.ArraySpread, array);
                    break;
                default:
                    CompileExpression(element);
                    Emit(OpCode.ArrayPush, array);
                    break;
            }
        }

        Emit(OpCode.Ldar, array);
    }

    private void CompileObject(ObjectLiteral e)
    {
        var obj = AllocTemp();
        var key = AllocTemp();
        Emit(OpCode.CreateObject);
        Emit(OpCode.Star, obj);
        foreach (var property in e.Properties)
        {
            if (property.PropertyKind == ObjectPropertyKind.Spread)
            {
                MarkExpression(property.Span.Start);
                CompileExpression(property.Value);
                Emit(OpCode.CopyData, obj);
                continue;
            }

            if (property.PropertyKind == ObjectPropertyKind.Value && property.Key is { KeyKind: PropertyKeyKind.Name or PropertyKeyKind.String } protoKey && Names[protoKey.NameId] == "__proto__")
            {
                // {__proto__: x} sets the prototype (ECMAScript B.3.1) rather than defining a property.
                CompileExpression(property.Value);
                Emit(OpCode.SetProto, obj);
                continue;
            }

            switch (property.PropertyKind)
            {
                case ObjectPropertyKind.Getter or ObjectPropertyKind.Setter:
                    EmitMethodClosure((FunctionNode)property.Value, property.Key!, key, obj);
                    Emit(property.PropertyKind == ObjectPropertyKind.Getter ? OpCode.DefineGetter : OpCode.DefineSetter, obj, key, 0);
                    break;
                case ObjectPropertyKind.Method:
                    EmitMethodClosure((FunctionNode)property.Value, property.Key!, key, obj);
                    Emit(OpCode.DefineKeyed, obj, key, 0);
                    break;
                default:
                    var name = CompilePropertyKey(property.Key!, key);
                    _nameHint = name;
                    CompileExpression(property.Value);
                    _nameHint = null;
                    if (name is null && property.Value is FunctionNode { Name: null })
                    {
                        // { [k]: () => {} }: an anonymous function takes the key's value as its name, at run time.
                        Emit(OpCode.SetFunctionName, key, 0);
                    }

                    Emit(OpCode.DefineKeyed, obj, key, 0);
                    break;
            }
        }

        Emit(OpCode.Ldar, obj);
    }

    /// <summary>Evaluates a property key into a register; returns the name when it is known statically.</summary>
    private string? CompilePropertyKey(Syntax.PropertyKey key, int register)
    {
        string? name = key.KeyKind switch
        {
            PropertyKeyKind.Name or PropertyKeyKind.String => Names[key.NameId],
            PropertyKeyKind.Number => NumberFormatter.ToString(key.Number),
            _ => null,
        };
        if (name is not null)
        {
            EmitString(name);
        }
        else
        {
            CompileExpression(key.Computed!);
        }

        Emit(OpCode.Star, register);
        return name;
    }

    private void CompileUnary(UnaryExpression e)
    {
        switch (e.Operator)
        {
            case UnaryOperator.Delete:
                CompileDelete(e.Operand);
                return;
            case UnaryOperator.Typeof when e.Operand is Identifier { Resolution.Kind: ResolutionKind.Global } id:
                Emit(OpCode.LdaGlobalOrUndefined, CellIndex(_globals.Get(id.NameId)));
                Emit(OpCode.TypeOf);
                return;
        }

        CompileExpression(e.Operand);
        MarkExpression(e.Span.Start);
        switch (e.Operator)
        {
            case UnaryOperator.Plus: Emit(OpCode.ToNumeric); break;
            case UnaryOperator.Minus: Emit(OpCode.Neg); break;
            case UnaryOperator.Not: Emit(OpCode.Not); break;
            case UnaryOperator.BitwiseNot: Emit(OpCode.BitNot); break;
            case UnaryOperator.Typeof: Emit(OpCode.TypeOf); break;
            case UnaryOperator.Void: Emit(OpCode.LdaUndefined); break;
        }
    }

    private void CompileDelete(Expression operand)
    {
        switch (operand)
        {
            case MemberExpression m:
                var obj = CompileObjectOperand(m.Object, m.IsOptional, heldAcross: false);
                Emit(OpCode.LdaConst, NameConstant(m.NameId));
                Emit(OpCode.DeleteKeyed, obj);
                break;
            case IndexExpression i:
                var target = CompileObjectOperand(i.Object, i.IsOptional, heldAcross: true);
                CompileExpression(i.Index);
                Emit(OpCode.DeleteKeyed, target);
                break;
            case OptionalChain { Expression: var inner }:
                // delete a?.b: a short-circuited chain deletes nothing and yields true.
                _optionalExits.Add([]);
                CompileDelete(inner);
                var exits = _optionalExits[^1];
                _optionalExits.RemoveAt(_optionalExits.Count - 1);
                var end = EmitJump(OpCode.Jump);
                PatchAll(exits, Here);
                Emit(OpCode.LdaTrue);
                Patch(end);
                break;
            default:
                CompileExpression(operand);
                Emit(OpCode.LdaTrue);
                break;
        }
    }

    private void CompileBinary(BinaryExpression e)
    {
        switch (e.Operator)
        {
            case BinaryOperator.LogicalAnd or BinaryOperator.LogicalOr or BinaryOperator.Coalesce:
                CompileExpression(e.Left);
                var end = EmitJump(e.Operator switch
                {
                    BinaryOperator.LogicalAnd => OpCode.JumpIfFalse,
                    BinaryOperator.LogicalOr => OpCode.JumpIfTrue,
                    _ => OpCode.JumpIfNotNullish,
                });
                CompileExpression(e.Right);
                Patch(end);
                return;
        }

        int left;
        if (!IsLocalRegister(e.Left, out left, out _) || !IsSimple(e.Right))
        {
            left = AllocTemp();
            CompileExpression(e.Left);
            Emit(OpCode.Star, left);
        }

        CompileExpression(e.Right);
        MarkExpression(e.OperatorPosition);
        Emit(BinaryOp(e.Operator), left);
    }

    /// <summary>Whether reading a name can throw where V8 records the name's position: a TDZ check, or a global that is not a script-level let/const/class (those live in V8's script context).</summary>
    private static bool MayThrowOnRead(Resolution resolution) =>
        resolution.NeedsTdzCheck || (resolution.Kind == ResolutionKind.Global && resolution.Variable is not { IsLexical: true });

    /// <summary>Whether evaluating an expression cannot change a local register (so a binary operand may be read in place).</summary>
    private static bool IsSimple(Expression e) =>
        e is NumberLiteral or StringLiteral or BooleanLiteral or NullLiteral or Identifier or ThisExpression
        || (e is MemberExpression { Object: Identifier or ThisExpression })
        || (e is BinaryExpression b && IsSimple(b.Left) && IsSimple(b.Right) && b.Operator is not (BinaryOperator.LogicalAnd or BinaryOperator.LogicalOr or BinaryOperator.Coalesce));

    private static OpCode BinaryOp(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => OpCode.Add,
        BinaryOperator.Subtract => OpCode.Sub,
        BinaryOperator.Multiply => OpCode.Mul,
        BinaryOperator.Divide => OpCode.Div,
        BinaryOperator.Remainder => OpCode.Mod,
        BinaryOperator.Exponent => OpCode.Exp,
        BinaryOperator.LeftShift => OpCode.Shl,
        BinaryOperator.RightShift => OpCode.Shr,
        BinaryOperator.UnsignedRightShift => OpCode.Ushr,
        BinaryOperator.BitwiseAnd => OpCode.BitAnd,
        BinaryOperator.BitwiseOr => OpCode.BitOr,
        BinaryOperator.BitwiseXor => OpCode.BitXor,
        BinaryOperator.Equal => OpCode.Eq,
        BinaryOperator.NotEqual => OpCode.Ne,
        BinaryOperator.StrictEqual => OpCode.StrictEq,
        BinaryOperator.StrictNotEqual => OpCode.StrictNe,
        BinaryOperator.Less => OpCode.Lt,
        BinaryOperator.LessEqual => OpCode.Le,
        BinaryOperator.Greater => OpCode.Gt,
        BinaryOperator.GreaterEqual => OpCode.Ge,
        BinaryOperator.In => OpCode.In,
        BinaryOperator.Instanceof => OpCode.InstanceOf,
        _ => throw new NotSupportedException(op.ToString()),
    };
}
