using Phasor.Script.Binding;
using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

internal sealed partial class FunctionCompiler
{
    private ControlEntry PushLoop(Statement target, bool isLoop)
    {
        var entry = new ControlEntry(ControlKind.Breakable) { Target = target, IsLoop = isLoop };
        _control.Add(entry);
        return entry;
    }

    private void PopLoop(ControlEntry entry, int continueTarget)
    {
        _control.Remove(entry);
        PatchAll(entry.Continues, continueTarget);
        PatchAll(entry.Breaks, Here);
    }

    private void CompileWhile(WhileStatement s)
    {
        var top = Here;
        CompileExpression(s.Condition);
        var exit = EmitBranchIfFalse();
        var loop = PushLoop(s, isLoop: true);
        CompileStatement(s.Body);
        EmitJump(OpCode.Jump, top);
        Patch(exit);
        PopLoop(loop, top);
    }

    private void CompileDoWhile(DoWhileStatement s)
    {
        var top = Here;
        var loop = PushLoop(s, isLoop: true);
        CompileStatement(s.Body);
        PatchAll(loop.Continues, Here);
        loop.Continues.Clear();
        CompileExpression(s.Condition);
        EmitJump(OpCode.JumpIfTrue, top);
        PopLoop(loop, top);
    }

    private void CompileFor(ForStatement s)
    {
        var pushed = EnterScope(s.Scope);
        EmitScopeEntry([], s.Scope);
        switch (s.Initializer)
        {
            case VariableDeclaration declaration: CompileDeclaration(declaration); break;
            case Expression expression: CompileExpression(expression); break;
        }

        var top = Here;
        var exit = -1;
        if (s.Condition is not null)
        {
            CompileExpression(s.Condition);
            exit = EmitBranchIfFalse();
        }

        var loop = PushLoop(s, isLoop: true);
        CompileStatement(s.Body);
        var next = Here;
        if (pushed)
        {
            // Per-iteration bindings: closures made in this iteration keep its environment.
            Emit(OpCode.CopyEnv);
        }

        if (s.Update is not null)
        {
            CompileEffect(s.Update);
        }

        EmitJump(OpCode.Jump, top);
        if (exit >= 0)
        {
            Patch(exit);
        }

        PopLoop(loop, next);
        LeaveScope(pushed);
    }

    /// <summary>
    /// Compiles for-in and for-of. A for-of loop left early closes its iterator (ECMAScript 14.7.5.7 steps k-l): a
    /// break of the loop runs <c>iter_close</c> at the loop's break target, a jump further out or a return runs it
    /// while unwinding (<see cref="ControlKind.Iterator"/>), and an exception from the binding or the body reaches a
    /// handler that closes the iterator, ignoring errors from closing, and rethrows. An exhausted iterator is not closed.
    /// </summary>
    private void CompileForInOf(Statement s, SyntaxNode left, Expression right, Statement body, Scope? scope, bool isOf)
    {
        var mark = _nextTemp;
        var iterator = AllocTemp();
        var value = AllocTemp();
        // V8 gives the iterated expression a statement position; getting its iterator has none of its own.
        MarkStatement(right);
        CompileExpression(right);
        Emit(isOf ? OpCode.GetIterator : OpCode.ForInKeys);
        Emit(OpCode.Star, iterator);
        ControlEntry? closer = null;
        if (isOf)
        {
            var envRegister = AllocTemp();
            Emit(OpCode.SaveEnv, envRegister);
            closer = new ControlEntry(ControlKind.Iterator) { Region = new ProtectedRegion(-1, envRegister), IteratorRegister = iterator };
        }

        var top = Here;
        var done = -1;
        Emit(OpCode.IterStep, iterator, -1);
        done = Here - 1;
        Emit(OpCode.Star, value);
        if (closer is not null)
        {
            closer.Region!.Resume(Here);
            _control.Add(closer);
        }

        var loop = PushLoop(s, isLoop: true);
        var pushed = EnterScope(scope);
        switch (left)
        {
            case VariableDeclaration declaration:
                // V8 reports a failed destructuring in a loop head at the pattern's last token.
                var declared = declaration.Declarators[0].Target;
                BindPattern(declared, value, initialize: true, declared.Span.End - 1);
                break;
            case Pattern pattern:
                BindPattern(pattern, value, initialize: false, pattern.Span.End - 1);
                break;
            case Expression target:
                BindPattern(new ExpressionPattern(target.Span, target), value, initialize: false);
                break;
        }

        CompileStatement(body);
        LeaveScope(pushed);
        var next = Here;
        EmitJump(OpCode.Jump, top);
        var bodyEnd = Here;
        PopLoop(loop, next);
        if (closer is not null)
        {
            _control.Remove(closer);
            EmitIteratorCloseStubs(closer, bodyEnd);
        }

        _code[done] = Here;
        FreeTemps(mark);
    }

    /// <summary>Emits the close on break (where the loop's breaks land) and the handler that closes on an exception and rethrows it.</summary>
    private void EmitIteratorCloseStubs(ControlEntry closer, int bodyEnd)
    {
        var region = closer.Region!;
        Emit(OpCode.IterClose, closer.IteratorRegister);
        var skip = EmitJump(OpCode.Jump);
        region.End(bodyEnd, Here, _handlers);
        var exception = AllocTemp();
        Emit(OpCode.Star, exception);

        // IteratorClose with a throw completion (7.4.11 step 5): an error from return() loses to the original one.
        var quiet = new ProtectedRegion(Here, region.EnvRegister);
        Emit(OpCode.IterClose, closer.IteratorRegister);
        quiet.End(Here, Here, _handlers);
        Emit(OpCode.Ldar, exception);
        Emit(OpCode.Rethrow);
        Patch(skip);
    }

    private void CompileLabeled(LabeledStatement s)
    {
        var body = s.Body;
        while (body is LabeledStatement inner)
        {
            body = inner.Body;
        }

        if (body is ForStatement or ForInStatement or ForOfStatement or WhileStatement or DoWhileStatement or SwitchStatement)
        {
            CompileStatement(body);
            return;
        }

        var entry = PushLoop(body, isLoop: false);
        CompileStatement(body);
        PopLoop(entry, Here);
    }

    private void CompileSwitch(SwitchStatement s)
    {
        var mark = _nextTemp;
        var discriminant = AllocTemp();
        CompileExpression(s.Discriminant);
        Emit(OpCode.Star, discriminant);
        var pushed = EnterScope(s.Scope);
        EmitScopeEntry(s.Cases.SelectMany(c => c.Statements).ToArray(), s.Scope);
        var jumps = new int[s.Cases.Length];
        for (var i = 0; i < s.Cases.Length; i++)
        {
            if (s.Cases[i].Test is { } test)
            {
                CompileExpression(test);
                Emit(OpCode.StrictEq, discriminant);
                jumps[i] = EmitJump(OpCode.JumpIfTrue);
            }
        }

        var defaultIndex = Array.FindIndex(s.Cases, c => c.Test is null);
        var toDefault = EmitJump(OpCode.Jump);
        var entry = PushLoop(s, isLoop: false);
        for (var i = 0; i < s.Cases.Length; i++)
        {
            if (i == defaultIndex)
            {
                Patch(toDefault);
            }
            else
            {
                Patch(jumps[i]);
            }

            CompileStatements(s.Cases[i].Statements);
        }

        if (defaultIndex < 0)
        {
            entry.Breaks.Add(toDefault);
        }

        PopLoop(entry, Here);
        LeaveScope(pushed);
        FreeTemps(mark);
    }

    /// <summary>Compiles break/continue: pops environments and runs finally blocks between here and the target.</summary>
    private void EmitJumpOut(Statement target, bool isContinue)
    {
        var index = _control.FindLastIndex(e => e.Kind == ControlKind.Breakable && e.Target == target);
        var suspended = UnwindControl(index + 1);
        var entry = _control[index];
        var jump = EmitJump(OpCode.Jump);
        (isContinue ? entry.Continues : entry.Breaks).Add(jump);
        ResumeRegions(suspended);
    }

    private void EmitReturn()
    {
        if (!_control.Exists(e => e.Kind is ControlKind.Finally or ControlKind.Iterator))
        {
            Emit(OpCode.Return);
            return;
        }

        var mark = _nextTemp;
        var value = AllocTemp();
        Emit(OpCode.Star, value);
        var suspended = UnwindControl(0);
        Emit(OpCode.Ldar, value);
        Emit(OpCode.Return);
        ResumeRegions(suspended);
        FreeTemps(mark);
    }

    /// <summary>Emits the exits of every control entry above <paramref name="depth"/>, innermost first.</summary>
    private List<ProtectedRegion> UnwindControl(int depth)
    {
        var suspended = new List<ProtectedRegion>();
        for (var i = _control.Count - 1; i >= depth; i--)
        {
            var entry = _control[i];
            switch (entry.Kind)
            {
                case ControlKind.Environment:
                    Emit(OpCode.PopEnv);
                    break;
                case ControlKind.Protected:
                    entry.Region!.Suspend(Here);
                    suspended.Add(entry.Region);
                    break;
                case ControlKind.Iterator:
                    entry.Region!.Suspend(Here);
                    suspended.Add(entry.Region);
                    Emit(OpCode.IterClose, entry.IteratorRegister);
                    break;
                case ControlKind.Finally:
                    entry.Region!.Suspend(Here);
                    suspended.Add(entry.Region);
                    var saved = _control.GetRange(i, _control.Count - i);
                    _control.RemoveRange(i, _control.Count - i);
                    CompileBlock(entry.Finalizer!);
                    _control.AddRange(saved);
                    break;
            }
        }

        return suspended;
    }

    private void ResumeRegions(List<ProtectedRegion> regions)
    {
        foreach (var region in regions)
        {
            region.Resume(Here);
        }
    }

    private void CompileTry(TryStatement s)
    {
        var mark = _nextTemp;
        var envRegister = AllocTemp();
        Emit(OpCode.SaveEnv, envRegister);
        ProtectedRegion? finallyRegion = null;
        if (s.Finalizer is not null)
        {
            finallyRegion = new ProtectedRegion(Here, envRegister);
            _control.Add(new ControlEntry(ControlKind.Finally) { Finalizer = s.Finalizer, Region = finallyRegion });
        }

        if (s.Handler is { } handler)
        {
            var region = new ProtectedRegion(Here, envRegister);
            var entry = new ControlEntry(ControlKind.Protected) { Region = region };
            _control.Add(entry);
            CompileBlock(s.Block);
            _control.Remove(entry);
            var end = Here;
            var skip = EmitJump(OpCode.Jump);
            region.End(end, Here, _handlers);
            CompileCatch(handler);
            Patch(skip);
        }
        else
        {
            CompileBlock(s.Block);
        }

        if (finallyRegion is not null)
        {
            _control.RemoveAt(_control.Count - 1);
            var tryEnd = Here;
            CompileBlock(s.Finalizer!);
            var skip = EmitJump(OpCode.Jump);
            finallyRegion.End(tryEnd, Here, _handlers);
            var exception = AllocTemp();
            Emit(OpCode.Star, exception);
            CompileBlock(s.Finalizer!);
            Emit(OpCode.Ldar, exception);
            Emit(OpCode.Rethrow);
            Patch(skip);
        }

        FreeTemps(mark);
    }

    private void CompileCatch(CatchClause handler)
    {
        var mark = _nextTemp;
        var exception = AllocTemp();
        Emit(OpCode.Star, exception);
        var pushed = EnterScope(handler.Scope);
        if (handler.Parameter is not null)
        {
            BindPattern(handler.Parameter, exception, initialize: true);
        }

        CompileBlock(handler.Body);
        LeaveScope(pushed);
        FreeTemps(mark);
    }
}
