using Phasor.Script.Collections;
using System.Runtime.CompilerServices;
using Phasor.Script.Diagnostics;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Binding;

/// <summary>The statement walk: block scopes, loop scopes with per-iteration bindings, and jump targets.</summary>
internal sealed partial class Binder
{
    private void VisitStatements(Statement[] statements)
    {
        foreach (var statement in statements)
        {
            VisitStatement(statement);
        }
    }

    private void VisitStatement(Statement statement)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Report(DiagnosticCatalogue.NestingTooDeep, statement.Span);
            return;
        }

        switch (statement)
        {
            case BlockStatement block:
                VisitBlock(block);
                break;
            case ExpressionStatement s:
                VisitExpression(s.Expression);
                break;
            case VariableDeclaration declaration:
                VisitDeclaration(declaration);
                break;
            case FunctionDeclaration declaration:
                if (declaration.Function.Name is { } functionName)
                {
                    Reference(functionName, functionName.NameId, isDeclaration: true);
                }

                VisitFunction(declaration.Function, isDeclaration: true);
                break;
            case ClassDeclaration declaration:
                VisitClass(declaration.Class, isDeclaration: true);
                if (declaration.Class.Name is { } className)
                {
                    Reference(className, className.NameId, isDeclaration: true);
                }

                break;
            case EnumDeclaration declaration:
                VisitEnumMembers(declaration);
                Reference(declaration.Name, declaration.Name.NameId, isDeclaration: true);
                break;
            case IfStatement s:
                VisitExpression(s.Condition);
                VisitStatement(s.Then);
                if (s.Else is not null)
                {
                    VisitStatement(s.Else);
                }

                break;
            case ReturnStatement s:
                if (_function.Parent is null)
                {
                    Report(DiagnosticCatalogue.ReturnOutsideFunction, s.Span);
                }

                VisitOptional(s.Value);
                break;
            case ThrowStatement s:
                VisitExpression(s.Value);
                break;
            default:
                VisitControlStatement(statement);
                break;
        }
    }

    private void VisitControlStatement(Statement statement)
    {
        switch (statement)
        {
            case ForStatement s: VisitFor(s); break;
            case ForInStatement s: VisitForInOf(s, s.Left, s.Right, s.Body, scope => s.Scope = scope); break;
            case ForOfStatement s: VisitForInOf(s, s.Left, s.Right, s.Body, scope => s.Scope = scope); break;
            case WhileStatement s:
                VisitExpression(s.Condition);
                VisitLoopBody(s, s.Body);
                break;
            case DoWhileStatement s:
                VisitLoopBody(s, s.Body);
                VisitExpression(s.Condition);
                break;
            case BreakStatement s: s.Target = FindJumpTarget(s, s.Label, s.LabelSpan, isContinue: false); break;
            case ContinueStatement s: s.Target = FindJumpTarget(s, s.Label, s.LabelSpan, isContinue: true); break;
            case TryStatement s: VisitTry(s); break;
            case SwitchStatement s: VisitSwitch(s); break;
            case LabeledStatement s: VisitLabeled(s); break;
        }
    }

    /// <summary>Enum initializers see the enum's members by their bare names, as in TypeScript (<c>B = A * 2</c>), including those of earlier declarations it merges with.</summary>
    private void VisitEnumMembers(EnumDeclaration declaration)
    {
        var saved = _scope;
        List<int>? members = null;
        if (declaration.Name.NameId >= 0 && _scope.Find(declaration.Name.NameId) is { Kind: DeclarationKind.Enum } variable)
        {
            declaration.IsMerged = _enumMembers.TryGetValue(variable, out members);
            if (members is null)
            {
                members = [];
                _enumMembers.Add(variable, members);
            }
        }

        _scope = new Scope(ScopeKind.Enum, _scope, _function, declaration.Span.Start);
        foreach (var member in declaration.Members)
        {
            members?.Add(member.NameId);
        }

        foreach (var nameId in members ?? [.. declaration.Members.Select(m => m.NameId)])
        {
            if (nameId >= 0 && _scope.Find(nameId) is null)
            {
                _scope.Add(new Variable(nameId, DeclarationKind.EnumMember, _scope, 0));
            }
        }

        foreach (var member in declaration.Members)
        {
            VisitOptional(member.Initializer);
        }

        _scope = saved;
    }

    private void VisitOptional(Expression? expression)
    {
        if (expression is not null)
        {
            VisitExpression(expression);
        }
    }

    private void VisitBlock(BlockStatement block, Scope? scope = null)
    {
        var saved = _scope;
        if (scope is null && HasLexicalDeclarations(block.Statements))
        {
            scope = new Scope(ScopeKind.Block, _scope, _function, block.Span.Start);
            HoistLexical(block.Statements, scope, block.Span);
        }

        if (scope is not null)
        {
            block.Scope = scope;
            _scope = scope;
        }

        VisitStatements(block.Statements);
        _scope = saved;
    }

    private void VisitDeclaration(VariableDeclaration declaration)
    {
        foreach (var declarator in declaration.Declarators)
        {
            VisitOptional(declarator.Initializer);

            // "var x;" without an initializer stores nothing, but the compiler still needs the storage of x for let.
            VisitPattern(declarator.Target, isDeclaration: true);
        }
    }

    private void VisitFor(ForStatement s)
    {
        var saved = _scope;
        if (s.Initializer is VariableDeclaration { DeclarationKind: not VariableKind.Var } declaration)
        {
            var scope = new Scope(ScopeKind.Loop, _scope, _function, s.Span.Start);
            HoistLexical([declaration], scope, s.Span);
            s.Scope = scope;
            _scope = scope;
        }

        switch (s.Initializer)
        {
            case Statement initializer: VisitStatement(initializer); break;
            case Expression initializer: VisitExpression(initializer); break;
        }

        VisitOptional(s.Condition);
        VisitOptional(s.Update);
        VisitLoopBody(s, s.Body);
        _scope = saved;
    }

    private void VisitForInOf(Statement loop, SyntaxNode left, Expression right, Statement body, Action<Scope> setScope)
    {
        var saved = _scope;
        if (left is VariableDeclaration { DeclarationKind: not VariableKind.Var } declaration)
        {
            var scope = new Scope(ScopeKind.Loop, _scope, _function, loop.Span.Start);
            var kind = declaration.DeclarationKind == VariableKind.Let ? DeclarationKind.Let : DeclarationKind.Const;
            foreach (var declarator in declaration.Declarators)
            {
                // The binding is initialized per iteration, after the right-hand side ran.
                DeclareLexicalPattern(declarator.Target, kind, scope, right.Span.End, loop.Span);
            }

            setScope(scope);
            _scope = scope;
        }

        VisitExpression(right);
        switch (left)
        {
            case VariableDeclaration declaration2:
                foreach (var declarator in declaration2.Declarators)
                {
                    VisitPattern(declarator.Target, isDeclaration: true);
                }

                break;
            case Pattern pattern:
                VisitPattern(pattern, isDeclaration: false);
                break;
            case Expression expression:
                VisitExpression(expression);
                break;
        }

        VisitLoopBody(loop, body);
        _scope = saved;
    }

    private void VisitLoopBody(Statement loop, Statement body)
    {
        _jumps.Add(new JumpTarget(-1, loop, IsLoop: true, IsLabelOnly: false));
        VisitStatement(body);
        _jumps.RemoveLast();
    }

    private void VisitTry(TryStatement s)
    {
        VisitBlock(s.Block);
        if (s.Handler is { } handler)
        {
            var saved = _scope;
            if (handler.Parameter is not null)
            {
                var scope = new Scope(ScopeKind.Catch, _scope, _function, handler.Span.Start);
                DeclarePattern(handler.Parameter, DeclarationKind.CatchParameter, scope, 0);
                handler.Scope = scope;
                _scope = scope;
                VisitPattern(handler.Parameter, isDeclaration: true);
            }

            VisitBlock(handler.Body);
            _scope = saved;
        }

        if (s.Finalizer is not null)
        {
            VisitBlock(s.Finalizer);
        }
    }

    private void VisitSwitch(SwitchStatement s)
    {
        VisitExpression(s.Discriminant);
        var saved = _scope;
        var all = s.Cases.SelectMany(c => c.Statements).ToArray();
        if (HasLexicalDeclarations(all))
        {
            var scope = new Scope(ScopeKind.Switch, _scope, _function, s.Span.Start);
            HoistLexical(all, scope, s.Span);
            s.Scope = scope;
            _scope = scope;
        }

        _jumps.Add(new JumpTarget(-1, s, IsLoop: false, IsLabelOnly: false));
        foreach (var c in s.Cases)
        {
            VisitOptional(c.Test);
            VisitStatements(c.Statements);
        }

        _jumps.RemoveLast();
        _scope = saved;
    }

    private void VisitLabeled(LabeledStatement s)
    {
        if (HasLabel(s.Label))
        {
            Report(DiagnosticCatalogue.DuplicateLabel, s.Span, Name(s.Label));
        }

        var body = s.Body;
        while (body is LabeledStatement inner)
        {
            body = inner.Body;
        }

        var isLoop = body is ForStatement or ForInStatement or ForOfStatement or WhileStatement or DoWhileStatement;
        _jumps.Add(new JumpTarget(s.Label, body, isLoop, IsLabelOnly: true));
        VisitStatement(s.Body);
        _jumps.RemoveLast();
    }

    private bool HasLabel(int label)
    {
        for (var i = 0; i < _jumps.Count; i++)
        {
            if (_jumps[i].Label == label)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The statement a break leaves or a continue continues (never a LabeledStatement), reporting when there is none (at the label, as V8 does, or at the keyword).</summary>
    private Statement? FindJumpTarget(Statement jump, int label, TextSpan labelSpan, bool isContinue)
    {
        for (var i = _jumps.Count - 1; i >= 0; i--)
        {
            var target = _jumps[i];
            if (label < 0)
            {
                if (!target.IsLabelOnly && (target.IsLoop || !isContinue))
                {
                    return target.Statement;
                }

                continue;
            }

            if (target.Label == label)
            {
                if (isContinue && !target.IsLoop)
                {
                    Report(DiagnosticCatalogue.ContinueToNonLoopLabel, labelSpan, Name(label));
                }

                return target.Statement;
            }
        }

        if (label >= 0)
        {
            Report(DiagnosticCatalogue.UnknownLabel, labelSpan, Name(label));
        }
        else
        {
            Report(isContinue ? DiagnosticCatalogue.ContinueOutsideLoop : DiagnosticCatalogue.BreakOutsideLoop, jump.Span);
        }

        return null;
    }
}
