using Phasor.Script.Runtime;
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
            RecordCallSite(e.Callee);
            Emit(OpCode.CallSpread, callee, self, array);
            return;
        }

        var (start, count) = CompileArguments(e.Arguments);
        Mark(e);
        RecordCallSite(e.Callee);
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
            RecordCallSite(e.Callee);
            Emit(OpCode.NewSpread, callee, array);
            return;
        }

        var (start, count) = CompileArguments(e.Arguments);
        Mark(e);
        RecordCallSite(e.Callee);
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

    /// <summary>Records how V8 would name the callee of the instruction emitted next; literals are named by their value at run time.</summary>
    private void RecordCallSite(Expression callee)
    {
        if (DescribeCallee(callee) is { } text)
        {
            _callSites[Here] = text;
        }
    }

    /// <summary>Renders a callee as V8 does in its messages: <c>o.a.b</c>, <c>arr[0]</c>, <c>f(...)</c>, <c>(intermediate value)</c>.</summary>
    private string? DescribeCallee(Expression callee) => callee switch
    {
        Identifier id => Names[id.NameId],
        ThisExpression => "this",
        SuperExpression => "super",
        MemberExpression m => Append(m.Object, (m.IsOptional ? "?." : ".") + Names[m.NameId]),
        IndexExpression { Index: StringLiteral key } i => Append(i.Object, (i.IsOptional ? "?." : ".") + Names[key.ValueId]),
        IndexExpression { Index: NumberLiteral key } i => Append(i.Object, (i.IsOptional ? "?.[" : "[") + NumberFormatter.ToString(key.Value) + "]"),
        IndexExpression { Index: Identifier key } i => Append(i.Object, (i.IsOptional ? "?.[" : "[") + Names[key.NameId] + "]"),
        OptionalChain chain => DescribeCallee(chain.Expression),
        CallExpression call => (DescribeCallee(call.Callee) ?? "(intermediate value)") + "(...)",
        FunctionNode or ClassNode => "(intermediate value)",
        _ => null,
    };

    private string? Append(Expression prefix, string suffix) => DescribeCallee(prefix) is { } text ? text + suffix : null;

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
