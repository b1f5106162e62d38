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
        if (e.Callee is OptionalChain { Expression: MemberExpression or IndexExpression } chain)
        {
            // (a?.b)(): the receiver survives the parentheses; a short-circuited chain calls undefined (a TypeError).
            _optionalExits.Add([]);
            self = CompileCallee(chain.Expression, callee);
            var exits = _optionalExits[^1];
            _optionalExits.RemoveAt(_optionalExits.Count - 1);
            var end = EmitJump(OpCode.Jump);
            PatchAll(exits, Here);
            Emit(OpCode.LdaUndefined);
            Patch(end);
        }
        else
        {
            self = CompileCallee(e.Callee, callee);
        }

        Emit(OpCode.Star, callee);
        if (e.IsOptional)
        {
            _optionalExits[^1].Add(EmitJump(OpCode.JumpIfNullish));
        }

        if (HasSpread(e.Arguments))
        {
            var array = CompileSpreadArguments(e.Arguments, e.Position);
            MarkExpression(e.Position);
            RecordCallSite(e.Callee);
            Emit(OpCode.CallSpread, callee, self, array);
            return;
        }

        var (start, count) = CompileArguments(e.Arguments);
        MarkExpression(e.Position);
        RecordCallSite(e.Callee);
        Emit(OpCode.Call, callee, self, start, count);
    }

    /// <summary>Evaluates a callee into the accumulator; returns the register of the receiver (-1 when there is none).</summary>
    private int CompileCallee(Expression expression, int callee)
    {
        var self = -1;
        switch (expression)
        {
            case MemberExpression m:
                self = CompileObjectOperand(m.Object, m.IsOptional, heldAcross: true);
                MarkExpression(m.NamePosition);
                if (m.Object is SuperExpression)
                {
                    self = EmitSuperCallee(new Place(m, self, -1, NameConstant(m.NameId)), callee);
                }
                else
                {
                    Emit(OpCode.GetNamed, self, NameConstant(m.NameId), NewCache());
                }

                break;
            case IndexExpression i:
                self = CompileObjectOperand(i.Object, i.IsOptional, heldAcross: true);
                if (i.Object is SuperExpression)
                {
                    var key = AllocTemp();
                    CompileExpression(i.Index);
                    Emit(OpCode.Star, key);
                    MarkExpression(i.BracketPosition);
                    self = EmitSuperCallee(new Place(i, self, key, -1), callee);
                    break;
                }

                CompileExpression(i.Index);
                MarkExpression(i.BracketPosition);
                Emit(OpCode.GetKeyed, self);
                break;
            default:
                CompileExpression(expression);
                break;
        }

        return self;
    }

    /// <summary>Reads a super method into the accumulator and returns the register of its receiver, <c>this</c>.</summary>
    private int EmitSuperCallee(Place place, int callee)
    {
        EmitSuperGet(place);
        var self = AllocTemp();
        Emit(OpCode.Star, callee);
        EmitSuperReceiver(place.Node);
        Emit(OpCode.Star, self);
        Emit(OpCode.Ldar, callee);
        return self;
    }

    private void CompileNew(NewExpression e)
    {
        var callee = AllocTemp();
        CompileExpression(e.Callee);
        Emit(OpCode.Star, callee);
        if (HasSpread(e.Arguments))
        {
            var array = CompileSpreadArguments(e.Arguments, e.Span.Start);
            MarkExpression(e.Span.Start);
            RecordCallSite(e.Callee);
            Emit(OpCode.NewSpread, callee, array);
            return;
        }

        var (start, count) = CompileArguments(e.Arguments);
        MarkExpression(e.Span.Start);
        RecordCallSite(e.Callee);
        Emit(OpCode.New, callee, start, count);
    }

    /// <summary>
    /// Compiles <c>super(...)</c>: constructs the parent class, binds <c>this</c> (once only), defines the fields and
    /// assigns the parameter properties. In the constructor itself the VM runs the parent in the same loop and sets the
    /// frame's receiver; inside an arrow the constructor and new.target come from captured bindings instead.
    /// </summary>
    private void CompileSuperCall(CallExpression e)
    {
        var binding = e.SuperBinding!;
        var ctor = (FunctionNode)binding.This.Resolution.Variable!.Scope.Function.Node;
        var function = -1;
        if (binding.Function is { } functionReference)
        {
            function = AllocTemp();
            LoadBinding(functionReference.Resolution);
            Emit(OpCode.Star, function);
            var newTarget = AllocTemp();
            LoadBinding(binding.NewTarget!.Resolution);
            Emit(OpCode.Star, newTarget);
            var array = CompileSpreadArguments(e.Arguments, e.Position);
            MarkExpression(e.Position);
            Emit(OpCode.SuperConstruct, function, newTarget, array);
        }
        else if (HasSpread(e.Arguments))
        {
            var array = CompileSpreadArguments(e.Arguments, e.Position);
            MarkExpression(e.Position);
            Emit(OpCode.SuperCallSpread, array);
        }
        else
        {
            var (start, count) = CompileArguments(e.Arguments);
            MarkExpression(e.Position);
            Emit(OpCode.SuperCall, start, count);
        }

        var self = AllocTemp();
        Emit(OpCode.Star, self);
        LoadBinding(binding.This.Resolution with { NeedsTdzCheck = false });
        Emit(OpCode.CheckThisUninitialized);
        Emit(OpCode.Ldar, self);
        StoreBinding(binding.This.Resolution, initialize: true);
        EmitFieldDefinitions(ctor, self, function);
        EmitParameterPropertyAssignments(self, binding.ParameterProperties.Select(p => (p.NameId, p.Resolution)));
        Emit(OpCode.Ldar, self);
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

    private int CompileSpreadArguments(Expression[] arguments, int position)
    {
        var array = AllocTemp();
        CompileArray(new ArrayLiteral(default, arguments), position);
        Emit(OpCode.Star, array);
        return array;
    }
}
