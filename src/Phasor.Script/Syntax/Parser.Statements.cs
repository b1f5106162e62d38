using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Statements and declarations.</summary>
internal sealed partial class Parser
{
    private Statement[] ParseStatementList(TokenKind end)
    {
        var statements = BeginList();
        while (!At(end) && !At(TokenKind.EndOfFile))
        {
            var before = _pos;
            var errors = _errorCount;
            var statement = ParseStatement();
            if (statement is not null)
            {
                Push(statement);
            }

            if (_errorCount > errors && !EndedStatement())
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

        return EndList<Statement>(statements);
    }

    /// <summary>Whether the statement just parsed ended at a boundary (its ';' or '}', or a line break follows), so recovery need not skip anything.</summary>
    private bool EndedStatement() =>
        (_pos > 0 && _tokens[_pos - 1].Kind is TokenKind.Semicolon or TokenKind.CloseBrace) || Current.NewLineBefore || At(TokenKind.EndOfFile);

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
            case TokenKind.Else:
                // A stray else: report it and parse what follows as the next statement.
                ReportUnexpected("a statement");
                Next();
                return ParseStatementCore();
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
        var declarators = BeginList();
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

            Push(new VariableDeclarator(SpanFrom(declaratorStart), target, initializer));
        }
        while (Eat(TokenKind.Comma));
        return new VariableDeclaration(SpanFrom(start), kind, EndList<VariableDeclarator>(declarators));
    }

    private Expression ParseParenthesizedCondition()
    {
        Expect(TokenKind.OpenParen);
        var condition = ParseExpression();
        Expect(TokenKind.CloseParen);
        return condition;
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
