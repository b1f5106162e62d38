using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Statements and declarations.</summary>
internal sealed partial class Parser
{
    private Statement[] ParseStatementList(TokenKind end)
    {
        var statements = new List<Statement>();
        while (!At(end) && !At(TokenKind.EndOfFile))
        {
            var before = _pos;
            var errors = _errorCount;
            var statement = ParseStatement();
            if (statement is not null)
            {
                statements.Add(statement);
            }

            if (_errorCount > errors)
            {
                Synchronize();
            }

            if (_pos == before)
            {
                if (_errorCount == errors)
                {
                    ReportUnexpected("a statement");
                }

                Next();
            }
        }

        return [.. statements];
    }

    /// <summary>Parses one statement; null for a TypeScript-only declaration that erases to nothing.</summary>
    private Statement? ParseStatement()
    {
        if (!Enter())
        {
            Leave();
            return null;
        }

        var statement = ParseStatementCore();
        Leave();
        return statement;
    }

    /// <summary>A statement in a position that needs one (if, loop body, label); an erased declaration becomes an empty statement.</summary>
    private Statement ParseEmbeddedStatement()
    {
        var start = Start;
        return ParseStatement() ?? new EmptyStatement(SpanFrom(start));
    }

    private Statement? ParseStatementCore()
    {
        var start = Start;
        switch (Kind)
        {
            case TokenKind.OpenBrace:
                return ParseBlock();
            case TokenKind.Semicolon:
                Next();
                return new EmptyStatement(SpanFrom(start));
            case TokenKind.Var:
                return ParseVariableStatement(VariableKind.Var);
            case TokenKind.Const:
                if (Peek(1).Kind == TokenKind.Enum)
                {
                    Next();
                    return ParseEnum(start);
                }

                return ParseVariableStatement(VariableKind.Const);
            case TokenKind.Let when IsLetDeclaration():
                return ParseVariableStatement(VariableKind.Let);
            case TokenKind.Function:
                return ParseFunctionDeclaration(start);
            case TokenKind.Async when Peek(1).Kind == TokenKind.Function && !Peek(1).NewLineBefore:
                Report(DiagnosticCatalogue.AsyncNotSupported, Current.Span);
                Next();
                return ParseFunctionDeclaration(start);
            case TokenKind.Class:
                return ParseClassDeclaration(start);
            case TokenKind.If:
                return ParseIf();
            case TokenKind.For:
                return ParseFor();
            case TokenKind.While:
                return ParseWhile();
            case TokenKind.Do:
                return ParseDoWhile();
            case TokenKind.Continue:
            case TokenKind.Break:
                return ParseJump();
            case TokenKind.Return:
                return ParseReturn();
            case TokenKind.Throw:
                return ParseThrow();
            case TokenKind.Try:
                return ParseTry();
            case TokenKind.Switch:
                return ParseSwitch();
            case TokenKind.With:
                Report(DiagnosticCatalogue.WithNotSupported, Current.Span);
                Next();
                ParseParenthesizedCondition();
                ParseEmbeddedStatement();
                return new EmptyStatement(SpanFrom(start));
            case TokenKind.Debugger:
                Next();
                ConsumeSemicolon();
                return new EmptyStatement(SpanFrom(start));
            case TokenKind.Import when Peek(1).Kind is not TokenKind.OpenParen and not TokenKind.Dot:
            case TokenKind.Export:
                return ParseModuleStatement(start);
            case TokenKind.Enum:
                return ParseEnum(start);
            case TokenKind.At:
                Report(DiagnosticCatalogue.DecoratorsNotSupported, Current.Span);
                SkipDecorators();
                return ParseStatement();
            default:
                if (TryParseTypeScriptDeclaration(start, out var declaration))
                {
                    return declaration;
                }

                if (IsIdentifierToken(Kind) && Peek(1).Kind == TokenKind.Colon)
                {
                    return ParseLabeled();
                }

                return ParseExpressionStatement();
        }
    }

    private bool IsLetDeclaration()
    {
        var next = Peek(1);
        return next.Kind is TokenKind.OpenBracket or TokenKind.OpenBrace || (IsIdentifierToken(next.Kind) && next.Kind != TokenKind.In && next.Kind != TokenKind.Instanceof);
    }

    private BlockStatement ParseBlock()
    {
        var start = Start;
        Expect(TokenKind.OpenBrace);
        var statements = ParseStatementList(TokenKind.CloseBrace);
        Expect(TokenKind.CloseBrace);
        return new BlockStatement(SpanFrom(start), statements);
    }

    private ExpressionStatement ParseExpressionStatement()
    {
        var start = Start;
        var expression = ParseExpression();
        ConsumeSemicolon();
        return new ExpressionStatement(SpanFrom(start), expression);
    }

    private VariableDeclaration ParseVariableStatement(VariableKind kind)
    {
        var start = Start;
        var declaration = ParseVariableDeclaration(kind, inForHead: false);
        ConsumeSemicolon();
        return new VariableDeclaration(SpanFrom(start), kind, declaration.Declarators);
    }

    private VariableDeclaration ParseVariableDeclaration(VariableKind kind, bool inForHead)
    {
        var start = Start;
        Next();
        var declarators = new List<VariableDeclarator>();
        do
        {
            var declaratorStart = Start;
            var target = ParseBindingTarget();
            Eat(TokenKind.Exclamation);
            if (Eat(TokenKind.Colon))
            {
                ParseType();
            }

            Expression? initializer = null;
            if (Eat(TokenKind.Equals))
            {
                initializer = ParseAssignment();
            }
            else if (!inForHead && !_ambient)
            {
                if (target is not BindingIdentifier)
                {
                    ReportUnexpected("'='");
                }
                else if (kind == VariableKind.Const)
                {
                    Report(DiagnosticCatalogue.ConstWithoutInitializer, target.Span);
                }
            }

            declarators.Add(new VariableDeclarator(SpanFrom(declaratorStart), target, initializer));
        }
        while (Eat(TokenKind.Comma));
        return new VariableDeclaration(SpanFrom(start), kind, [.. declarators]);
    }

    private Expression ParseParenthesizedCondition()
    {
        Expect(TokenKind.OpenParen);
        var condition = ParseExpression();
        Expect(TokenKind.CloseParen);
        return condition;
    }

    private IfStatement ParseIf()
    {
        var start = Start;
        Next();
        var condition = ParseParenthesizedCondition();
        var then = ParseEmbeddedStatement();
        var otherwise = Eat(TokenKind.Else) ? ParseEmbeddedStatement() : null;
        return new IfStatement(SpanFrom(start), condition, then, otherwise);
    }

    private WhileStatement ParseWhile()
    {
        var start = Start;
        Next();
        var condition = ParseParenthesizedCondition();
        var body = ParseEmbeddedStatement();
        return new WhileStatement(SpanFrom(start), condition, body);
    }

    private DoWhileStatement ParseDoWhile()
    {
        var start = Start;
        Next();
        var body = ParseEmbeddedStatement();
        Expect(TokenKind.While);
        var condition = ParseParenthesizedCondition();

        // ECMAScript 12.10.1: a semicolon is inserted after do-while's ")" even on the same line.
        Eat(TokenKind.Semicolon);
        return new DoWhileStatement(SpanFrom(start), body, condition);
    }

    private Statement ParseFor()
    {
        var start = Start;
        Next();
        if (At(TokenKind.Await))
        {
            Report(DiagnosticCatalogue.AsyncNotSupported, Current.Span);
            Next();
        }

        Expect(TokenKind.OpenParen);
        SyntaxNode? initializer = null;
        var savedNoIn = _noIn;
        _noIn = true;
        if (At(TokenKind.Var) || At(TokenKind.Const) || (At(TokenKind.Let) && IsLetDeclaration()))
        {
            var kind = At(TokenKind.Var) ? VariableKind.Var : At(TokenKind.Let) ? VariableKind.Let : VariableKind.Const;
            initializer = ParseVariableDeclaration(kind, inForHead: true);
        }
        else if (!At(TokenKind.Semicolon))
        {
            initializer = ParseExpression();
        }

        _noIn = savedNoIn;
        if (initializer is not null && (At(TokenKind.Of) || At(TokenKind.In)))
        {
            return ParseForInOf(start, initializer);
        }

        if (initializer is VariableDeclaration { DeclarationKind: VariableKind.Const } constDeclaration)
        {
            foreach (var declarator in constDeclaration.Declarators)
            {
                if (declarator.Initializer is null)
                {
                    Report(DiagnosticCatalogue.ConstWithoutInitializer, declarator.Span);
                }
            }
        }

        Expect(TokenKind.Semicolon);
        var condition = At(TokenKind.Semicolon) ? null : ParseExpression();
        Expect(TokenKind.Semicolon);
        var update = At(TokenKind.CloseParen) ? null : ParseExpression();
        Expect(TokenKind.CloseParen);
        var body = ParseEmbeddedStatement();
        return new ForStatement(SpanFrom(start), initializer, condition, update, body);
    }

    private Statement ParseForInOf(int start, SyntaxNode initializer)
    {
        var isOf = At(TokenKind.Of);
        if (initializer is VariableDeclaration declaration)
        {
            if (declaration.Declarators.Length != 1 || declaration.Declarators[0].Initializer is not null)
            {
                Report(DiagnosticCatalogue.InvalidForInOfDeclaration, declaration.Span, isOf ? "of" : "in");
            }
        }
        else
        {
            initializer = ToAssignmentTarget((Expression)initializer);
        }

        Next();
        var right = isOf ? ParseAssignment() : ParseExpression();
        Expect(TokenKind.CloseParen);
        var body = ParseEmbeddedStatement();
        return isOf
            ? new ForOfStatement(SpanFrom(start), initializer, right, body)
            : new ForInStatement(SpanFrom(start), initializer, right, body);
    }

    private Statement ParseJump()
    {
        var start = Start;
        var isBreak = At(TokenKind.Break);
        Next();
        var label = -1;
        if (IsIdentifierToken(Kind) && !Current.NewLineBefore)
        {
            label = Current.Value;
            Next();
        }

        ConsumeSemicolon();
        return isBreak ? new BreakStatement(SpanFrom(start), label) : new ContinueStatement(SpanFrom(start), label);
    }

    private ReturnStatement ParseReturn()
    {
        var start = Start;
        Next();

        // Restricted production: "return" followed by a line break returns undefined.
        var value = CanInsertSemicolon ? null : ParseExpression();
        ConsumeSemicolon();
        return new ReturnStatement(SpanFrom(start), value);
    }

    private ThrowStatement ParseThrow()
    {
        var start = Start;
        Next();
        if (Current.NewLineBefore)
        {
            Report(DiagnosticCatalogue.LineBreakAfterThrow, new TextSpan(start, 5));
        }

        var value = ParseExpression();
        ConsumeSemicolon();
        return new ThrowStatement(SpanFrom(start), value);
    }

    private TryStatement ParseTry()
    {
        var start = Start;
        Next();
        var block = ParseBlock();
        CatchClause? handler = null;
        if (At(TokenKind.Catch))
        {
            var catchStart = Start;
            Next();
            Pattern? parameter = null;
            if (Eat(TokenKind.OpenParen))
            {
                parameter = ParseBindingTarget();
                if (Eat(TokenKind.Colon))
                {
                    ParseType();
                }

                Expect(TokenKind.CloseParen);
            }

            var handlerBody = ParseBlock();
            handler = new CatchClause(SpanFrom(catchStart), parameter, handlerBody);
        }

        var finalizer = Eat(TokenKind.Finally) ? ParseBlock() : null;
        if (handler is null && finalizer is null)
        {
            Report(DiagnosticCatalogue.MissingCatchOrFinally, new TextSpan(start, 3));
        }

        return new TryStatement(SpanFrom(start), block, handler, finalizer);
    }

    private SwitchStatement ParseSwitch()
    {
        var start = Start;
        Next();
        var discriminant = ParseParenthesizedCondition();
        Expect(TokenKind.OpenBrace);
        var cases = new List<SwitchCase>();
        var sawDefault = false;
        while (At(TokenKind.Case) || At(TokenKind.Default))
        {
            var caseStart = Start;
            Expression? test = null;
            if (Eat(TokenKind.Default))
            {
                if (sawDefault)
                {
                    Report(DiagnosticCatalogue.DuplicateDefaultClause, SpanFrom(caseStart));
                }

                sawDefault = true;
            }
            else
            {
                Next();
                test = ParseExpression();
            }

            Expect(TokenKind.Colon);
            var body = new List<Statement>();
            while (!At(TokenKind.Case) && !At(TokenKind.Default) && !At(TokenKind.CloseBrace) && !At(TokenKind.EndOfFile))
            {
                var before = _pos;
                var errors = _errorCount;
                if (ParseStatement() is { } statement)
                {
                    body.Add(statement);
                }

                if (_errorCount > errors)
                {
                    Synchronize();
                }

                if (_pos == before)
                {
                    Next();
                }
            }

            cases.Add(new SwitchCase(SpanFrom(caseStart), test, [.. body]));
        }

        Expect(TokenKind.CloseBrace);
        return new SwitchStatement(SpanFrom(start), discriminant, [.. cases]);
    }

    private LabeledStatement ParseLabeled()
    {
        var start = Start;
        var label = Current.Value;
        Next();
        Next();
        if (At(TokenKind.Function))
        {
            Report(DiagnosticCatalogue.LabelledFunctionNotSupported, Current.Span);
        }

        var body = ParseEmbeddedStatement();
        return new LabeledStatement(SpanFrom(start), label, body);
    }

    private Statement? ParseModuleStatement(int start)
    {
        Report(DiagnosticCatalogue.ModulesNotSupported, Current.Span);
        if (At(TokenKind.Export))
        {
            Next();
            if (Eat(TokenKind.Default))
            {
                return ParseStatement();
            }

            if (!At(TokenKind.OpenBrace) && !At(TokenKind.Asterisk) && !At(TokenKind.Equals))
            {
                return ParseStatement();
            }
        }

        // Skip an import or export list to the end of the statement.
        while (!At(TokenKind.EndOfFile) && !At(TokenKind.Semicolon) && !(Current.NewLineBefore && _pos > 0 && StartsStatement(Kind)))
        {
            Next();
        }

        Eat(TokenKind.Semicolon);
        return new EmptyStatement(SpanFrom(start));
    }

    private void SkipDecorators()
    {
        while (Eat(TokenKind.At))
        {
            ParseLeftHandSide();
        }
    }
}
