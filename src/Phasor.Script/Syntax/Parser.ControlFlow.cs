using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Control-flow statements: if, loops, jumps, try and switch.</summary>
internal sealed partial class Parser
{
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
        var labelSpan = default(TextSpan);
        if (IsIdentifierToken(Kind) && !Current.NewLineBefore)
        {
            label = Current.Value;
            labelSpan = Current.Span;
            Next();
        }

        ConsumeSemicolon();
        return isBreak
            ? new BreakStatement(SpanFrom(start), label) { LabelSpan = labelSpan }
            : new ContinueStatement(SpanFrom(start), label) { LabelSpan = labelSpan };
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
        var cases = BeginList();
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
            var body = BeginList();
            while (!At(TokenKind.Case) && !At(TokenKind.Default) && !At(TokenKind.CloseBrace) && !At(TokenKind.EndOfFile))
            {
                var before = _pos;
                var errors = _errorCount;
                if (ParseStatement() is { } statement)
                {
                    Push(statement);
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

            Push(new SwitchCase(SpanFrom(caseStart), test, EndList<Statement>(body)));
        }

        Expect(TokenKind.CloseBrace);
        return new SwitchStatement(SpanFrom(start), discriminant, EndList<SwitchCase>(cases));
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
}
