using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

internal sealed partial class FunctionCompiler
{
    private void CompileCall(CallExpression e)
    {
        if (e.Callee is SuperExpression)
        {
            CompileSuperCall(e);
            return;
        }

        var callee = AllocTemp();
        var self = -1;
        switch (e.Callee)
        {
            case MemberExpression m:
                self = CompileObjectOperand(m.Object, m.IsOptional);
                Mark(m);
                if (m.Object is SuperExpression)
                {
                    EmitSuperGet(new Place(m, self, -1, NameConstant(m.NameId)));
                    self = AllocTemp();
                    Emit(OpCode.Star, callee);
                    Emit(OpCode.LdaThis);
                    Emit(OpCode.Star, self);
                    Emit(OpCode.Ldar, callee);
                }
                else
                {
                    Emit(OpCode.GetNamed, self, NameConstant(m.NameId), NewCache());
                }

                break;
            case IndexExpression i:
                self = CompileObjectOperand(i.Object, i.IsOptional);
                CompileExpression(i.Index);
                Mark(i);
                Emit(OpCode.GetKeyed, self);
                break;
            default:
                CompileExpression(e.Callee);
                break;
        }

        Emit(OpCode.Star, callee);
        if (e.IsOptional)
        {
            _optionalExits[^1].Add(EmitJump(OpCode.JumpIfNullish));
        }

        if (HasSpread(e.Arguments))
        {
            var array = CompileSpreadArguments(e.Arguments);
            Mark(e);
            Emit(OpCode.CallSpread, callee, self, array);
            return;
        }

        var (start, count) = CompileArguments(e.Arguments);
        Mark(e);
        Emit(OpCode.Call, callee, self, start, count);
    }

    private void CompileNew(NewExpression e)
    {
        var callee = AllocTemp();
        CompileExpression(e.Callee);
        Emit(OpCode.Star, callee);
        if (HasSpread(e.Arguments))
        {
            var array = CompileSpreadArguments(e.Arguments);
            Mark(e);
            Emit(OpCode.NewSpread, callee, array);
            return;
        }

        var (start, count) = CompileArguments(e.Arguments);
        Mark(e);
        Emit(OpCode.New, callee, start, count);
    }

    private void CompileSuperCall(CallExpression e)
    {
        if (HasSpread(e.Arguments))
        {
            var array = CompileSpreadArguments(e.Arguments);
            Mark(e);
            Emit(OpCode.SuperCallSpread, array);
        }
        else
        {
            var (start, count) = CompileArguments(e.Arguments);
            Mark(e);
            Emit(OpCode.SuperCall, start, count);
        }

        if (_info.This is { } self)
        {
            StoreVariable(self, initialize: true);
        }

        var ctor = _info.Node as FunctionNode;
        if (ctor is not null && ctor.FunctionKind == FunctionKind.Constructor)
        {
            var mark = _nextTemp;
            var result = AllocTemp();
            Emit(OpCode.Star, result);
            EmitFieldInitialization(ctor);
            Emit(OpCode.Ldar, result);
            FreeTemps(mark);
        }
    }

    private static bool HasSpread(Expression[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is SpreadElement)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Evaluates arguments into consecutive fresh registers.</summary>
    private (int Start, int Count) CompileArguments(Expression[] arguments)
    {
        var start = _nextTemp;
        foreach (var argument in arguments)
        {
            var register = AllocTemp();
            CompileExpression(argument);
            Emit(OpCode.Star, register);
        }

        return (start, arguments.Length);
    }

    private int CompileSpreadArguments(Expression[] arguments)
    {
        var array = AllocTemp();
        CompileArray(new ArrayLiteral(default, arguments));
        Emit(OpCode.Star, array);
        return array;
    }
}
