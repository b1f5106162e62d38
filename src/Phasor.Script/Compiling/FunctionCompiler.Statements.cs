using Phasor.Script.Binding;
using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

internal sealed partial class FunctionCompiler
{
    private void CompileStatements(Statement[] statements)
    {
        foreach (var statement in statements)
        {
            CompileStatement(statement);
        }
    }

    private void CompileStatement(Statement statement)
    {
        MarkStatement(statement);
        var mark = _nextTemp;
        switch (statement)
        {
            case ExpressionStatement s: CompileEffect(s.Expression); break;
            case VariableDeclaration s: CompileDeclaration(s); break;
            case FunctionDeclaration: break;
            case ClassDeclaration s:
                CompileClass(s.Class);
                StoreBinding(s.Class.Name!.Resolution, initialize: true);
                break;
            case EnumDeclaration s: CompileEnum(s); break;
            case BlockStatement s: CompileBlock(s); break;
            case EmptyStatement: break;
            case IfStatement s: CompileIf(s); break;
            case ReturnStatement s:
                if (s.Value is null)
                {
                    Emit(OpCode.LdaUndefined);
                }
                else
                {
                    CompileExpression(s.Value);
                }

                EmitDerivedConstructorResult(mayBeDefined: s.Value is not null);
                EmitReturn();
                break;
            case ThrowStatement s:
                CompileExpression(s.Value);
                MarkExpression(statement.Span.Start);
                Emit(OpCode.Throw);
                break;
            case WhileStatement s: CompileWhile(s); break;
            case DoWhileStatement s: CompileDoWhile(s); break;
            case ForStatement s: CompileFor(s); break;
            case ForOfStatement s: CompileForInOf(s, s.Left, s.Right, s.Body, s.Scope, isOf: true); break;
            case ForInStatement s: CompileForInOf(s, s.Left, s.Right, s.Body, s.Scope, isOf: false); break;
            case BreakStatement s: EmitJumpOut(s.Target!, isContinue: false); break;
            case ContinueStatement s: EmitJumpOut(s.Target!, isContinue: true); break;
            case LabeledStatement s: CompileLabeled(s); break;
            case SwitchStatement s: CompileSwitch(s); break;
            case TryStatement s: CompileTry(s); break;
            default: throw new NotSupportedException("statement " + statement.Kind);
        }

        FreeTemps(mark);
    }

    /// <summary>Compiles an expression whose value is not used (a postfix update then needs no copy of the old value).</summary>
    private void CompileEffect(Expression expression)
    {
        if (expression is UpdateExpression { IsPrefix: false } update)
        {
            expression = new UpdateExpression(update.Span, update.IsIncrement, isPrefix: true, update.Operand) { Position = update.Position };
        }

        CompileExpression(expression);
    }

    private void CompileDeclaration(VariableDeclaration declaration)
    {
        foreach (var declarator in declaration.Declarators)
        {
            if (declarator.Initializer is null)
            {
                if (declaration.DeclarationKind != VariableKind.Var && declarator.Target is BindingIdentifier name)
                {
                    Emit(OpCode.LdaUndefined);
                    StoreBinding(name.Resolution, initialize: true);
                }

                continue;
            }

            if (declarator.Target is BindingIdentifier target)
            {
                _nameHint = Names[target.NameId];
                CompileExpression(declarator.Initializer);
                _nameHint = null;
                StoreBinding(target.Resolution, initialize: true);
            }
            else
            {
                var mark = _nextTemp;
                var value = AllocTemp();
                CompileExpression(declarator.Initializer);
                Emit(OpCode.Star, value);
                BindPattern(declarator.Target, value, initialize: true, declarator.Initializer.Span.Start);
                FreeTemps(mark);
            }
        }
    }

    private void CompileBlock(BlockStatement block)
    {
        var pushed = EnterScope(block.Scope);
        EmitScopeEntry(block.Statements, block.Scope);
        CompileStatements(block.Statements);
        LeaveScope(pushed);
    }

    /// <summary>Pushes an environment for a scope that needs one and records it on the control stack.</summary>
    private bool EnterScope(Scope? scope)
    {
        if (scope is not { NeedsEnvironment: true })
        {
            return false;
        }

        Emit(OpCode.PushEnv, scope.EnvironmentSize);
        _control.Add(new ControlEntry(ControlKind.Environment));
        return true;
    }

    private void LeaveScope(bool pushed)
    {
        if (pushed)
        {
            Emit(OpCode.PopEnv);
            _control.RemoveAt(_control.Count - 1);
        }
    }

    private void CompileIf(IfStatement s)
    {
        CompileExpression(s.Condition);
        var toElse = EmitBranchIfFalse();
        CompileStatement(s.Then);
        if (s.Else is null)
        {
            Patch(toElse);
            return;
        }

        var toEnd = EmitJump(OpCode.Jump);
        Patch(toElse);
        CompileStatement(s.Else);
        Patch(toEnd);
    }

    private void CompileEnum(EnumDeclaration s)
    {
        var saved = _enumRegister;
        var enumObject = AllocTemp();
        var last = AllocTemp();
        var value = AllocTemp();
        if (s.IsMerged)
        {
            // A later declaration of the same enum adds its members to the object the first one created.
            LoadBinding(s.Name.Resolution with { NeedsTdzCheck = true });
            Emit(OpCode.Star, enumObject);
        }
        else
        {
            Emit(OpCode.CreateObject);
            Emit(OpCode.Star, enumObject);
            StoreBinding(s.Name.Resolution, initialize: true);
        }

        _enumRegister = enumObject;
        Emit(OpCode.LdaInt, -1);
        Emit(OpCode.Star, last);
        foreach (var member in s.Members)
        {
            MarkExpression(member.Span.Start);
            if (member.Initializer is null)
            {
                Emit(OpCode.Ldar, last);
                Emit(OpCode.Inc);
            }
            else
            {
                CompileExpression(member.Initializer);
            }

            Emit(OpCode.Star, value);
            Emit(OpCode.SetNamed, enumObject, NameConstant(member.NameId), NewCache());
            if (member.Initializer is not (StringLiteral or TemplateLiteral))
            {
                // Numeric members get a reverse mapping, as TypeScript emits it.
                Emit(OpCode.Star, last);
                EmitString(Names[member.NameId]);
                Emit(OpCode.DefineKeyed, enumObject, value, 0);
            }
        }

        _enumRegister = saved;
    }
}
