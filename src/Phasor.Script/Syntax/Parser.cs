using Phasor.Script.Collections;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Parses TypeScript-subset source into a syntax tree, erasing types; recursive descent for statements, a precedence table for binary operators.</summary>
/// <remarks>
/// Never throws on bad input: errors become diagnostics and parsing resumes at the next statement. Speculative
/// parses (arrow functions, generic calls, function types) rewind the token position and report nothing.
/// A parser can be reused for many sources; it keeps its lexer's buffers and name table. Not thread-safe.
/// </remarks>
internal sealed partial class Parser
{
    /// <summary>How deeply statements, expressions and types may nest before the parser gives up on the file.</summary>
    public const int MaxDepth = 500;

    private readonly Lexer _lexer;
    private readonly NameTable _names;
    private readonly HashSet<Expression> _parenthesized = new(ReferenceEqualityComparer.Instance);
    private readonly ValueList<TokenSplit> _splits = new();
    private readonly List<(AssignmentExpression Node, int EqualsStart)> _coverInitializers = [];
    private SourceText _source = new("", "");
    private DiagnosticBag _diagnostics = new(new SourceText("", ""));
    private Token[] _tokens;
    private int _count;
    private int _pos;
    private int _depth;
    private int _speculating;
    private bool _speculationFailed;
    private int _lastErrorPos = -1;
    private int _errorCount;
    private bool _noIn;
    private bool _ambient;
    private bool _noConditionalTypes;

    // A generator is reported once, at its '*': a pending one marks the next function body, whose yields are then not reported again.
    private bool _pendingGenerator;
    private int _generatorBodies;
    private readonly int _outNameId;
    private SyntaxNode?[] _scratch = new SyntaxNode?[256];
    private int _scratchCount;

    public Parser(NameTable names)
    {
        _names = names;
        _lexer = new Lexer(names);
        _tokens = _lexer.Tokens;
        _outNameId = names.Intern("out");
    }

    public NameTable Names => _names;

    public SyntaxTree Parse(SourceText source)
    {
        _source = source;
        _diagnostics = new DiagnosticBag(source);
        _lexer.Tokenize(source, _diagnostics);
        _tokens = _lexer.Tokens;
        _count = _lexer.Count;
        _pos = 0;
        _depth = 0;
        _speculating = 0;
        _speculationFailed = false;
        _lastErrorPos = -1;
        _errorCount = 0;
        _noIn = false;
        _ambient = false;
        _noConditionalTypes = false;
        _parenthesized.Clear();
        _splits.Clear();
        _coverInitializers.Clear();
        _scratchCount = 0;
        var statements = ParseStatementList(TokenKind.EndOfFile);
        Debug.Assert(_scratchCount == 0, "every node list begun was ended");
        foreach (var cover in _coverInitializers)
        {
            Report(DiagnosticCatalogue.UnexpectedToken, new TextSpan(cover.EqualsStart, 1), "'='", "':'");
        }

        var root = new SourceFile(new TextSpan(0, source.Length), statements);
        return new SyntaxTree(source, root, _diagnostics, _names);
    }

    private ref readonly Token Current => ref _tokens[_pos];

    private TokenKind Kind => _tokens[_pos].Kind;

    private Token Peek(int ahead) => _tokens[Math.Min(_pos + ahead, _count - 1)];

    private bool At(TokenKind kind) => _tokens[_pos].Kind == kind;

    private int Start => _tokens[_pos].Start;

    /// <summary>The end of the last consumed token, the natural end of the node being built.</summary>
    private int PreviousEnd => _pos > 0 ? _tokens[_pos - 1].End : 0;

    /// <summary>The start of the last consumed token.</summary>
    private int PreviousStart => _pos > 0 ? _tokens[_pos - 1].Start : 0;

    private TextSpan SpanFrom(int start) => TextSpan.FromBounds(start, Math.Max(start, PreviousEnd));

    private void Next()
    {
        if (_pos < _count - 1)
        {
            _pos++;
        }
    }

    private bool Eat(TokenKind kind)
    {
        if (_tokens[_pos].Kind != kind)
        {
            return false;
        }

        Next();
        return true;
    }

    /// <summary>Consumes <paramref name="kind"/> or reports it missing (without consuming anything).</summary>
    private bool Expect(TokenKind kind)
    {
        if (Eat(kind))
        {
            return true;
        }

        ReportUnexpected(Describe(kind));
        return false;
    }

    /// <summary>Ends a statement: a semicolon, or one inserted before <c>}</c>, end of file or a line break (ECMAScript 12.10).</summary>
    private void ConsumeSemicolon()
    {
        if (Eat(TokenKind.Semicolon) || At(TokenKind.CloseBrace) || At(TokenKind.EndOfFile) || Current.NewLineBefore)
        {
            return;
        }

        ReportUnexpected("';'");
    }

    private bool CanInsertSemicolon => At(TokenKind.Semicolon) || At(TokenKind.CloseBrace) || At(TokenKind.EndOfFile) || Current.NewLineBefore;

    private void ReportUnexpected(string expected) => ReportAt(DiagnosticCatalogue.UnexpectedToken, Current.Start, DescribeCurrent(), expected);

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args)
    {
        if (_speculating > 0)
        {
            _speculationFailed = true;
            return;
        }

        _errorCount++;
        _diagnostics.Report(descriptor, span, args);
    }

    /// <summary>Reports at a token position, at most once per position so one mistake does not cascade.</summary>
    private void ReportAt(DiagnosticDescriptor descriptor, int position, params object[] args)
    {
        if (_speculating > 0)
        {
            _speculationFailed = true;
            return;
        }

        if (position == _lastErrorPos)
        {
            return;
        }

        _lastErrorPos = position;
        var length = _tokens[_pos].Start == position ? _tokens[_pos].Length : 0;
        Report(descriptor, new TextSpan(position, length), args);
    }

    private string DescribeCurrent()
    {
        var token = Current;
        if (token.Kind == TokenKind.EndOfFile)
        {
            return "end of file";
        }

        var text = _source.Text.AsSpan(token.Start, Math.Min(token.Length, 24)).ToString();
        return $"'{text}'";
    }

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.OpenBrace => "'{'",
        TokenKind.CloseBrace => "'}'",
        TokenKind.OpenParen => "'('",
        TokenKind.CloseParen => "')'",
        TokenKind.OpenBracket => "'['",
        TokenKind.CloseBracket => "']'",
        TokenKind.Semicolon => "';'",
        TokenKind.Comma => "','",
        TokenKind.Colon => "':'",
        TokenKind.Equals => "'='",
        TokenKind.Arrow => "'=>'",
        TokenKind.Greater => "'>'",
        TokenKind.Dot => "'.'",
        TokenKind.Question => "'?'",
        TokenKind.Less => "'<'",
        TokenKind.String => "a string",
        TokenKind.TemplateTail => "the end of the template",
        TokenKind.Identifier => "an identifier",
        _ when Keywords.IsKeyword(kind) => $"'{Keywords.Texts[Keywords.NameId(kind)]}'",
        _ => kind.ToString(),
    };

    /// <summary>Guards recursion: past <see cref="MaxDepth"/> levels (or near the end of the host stack) the rest of the file is skipped with one diagnostic.</summary>
    private bool Enter()
    {
        _depth++;

        // The stack probe is checked every 8 levels: it guarantees far more headroom than 8 levels use.
        if (_depth <= MaxDepth && ((_depth & 7) != 0 || RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            return true;
        }

        if (_speculating == 0)
        {
            Report(DiagnosticCatalogue.NestingTooDeep, Current.Span);
            _lastErrorPos = _tokens[_count - 1].Start;
        }
        else
        {
            _speculationFailed = true;
        }

        _pos = _count - 1;
        return false;
    }

    private void Leave() => _depth--;

    /// <summary>A token the parser split in place (a <c>&gt;&gt;</c> closing two type argument lists), to restore if a speculation rewinds.</summary>
    private readonly record struct TokenSplit(int Index, Token Original);

    /// <summary>Saved parser state for a speculative parse.</summary>
    private readonly record struct Speculation(int Position, int Splits, int Covers, bool OuterFailed, int Depth);

    private Speculation BeginSpeculation()
    {
        var state = new Speculation(_pos, _splits.Count, _coverInitializers.Count, _speculationFailed, _depth);
        _speculating++;
        _speculationFailed = false;
        return state;
    }

    /// <summary>Ends a speculative parse: keeps it if it succeeded (and <paramref name="accept"/>), otherwise rewinds. Returns whether it was kept.</summary>
    private bool EndSpeculation(Speculation state, bool accept)
    {
        var ok = accept && !_speculationFailed;
        _speculating--;
        _speculationFailed = state.OuterFailed;
        if (!ok)
        {
            _pos = state.Position;
            _depth = state.Depth;
            for (var i = _splits.Count - 1; i >= state.Splits; i--)
            {
                _tokens[_splits[i].Index] = _splits[i].Original;
            }

            _splits.Truncate(state.Splits);
            _coverInitializers.RemoveRange(state.Covers, _coverInitializers.Count - state.Covers);
        }

        return ok;
    }

    /// <summary>Consumes one <c>&gt;</c>, splitting <c>&gt;&gt;</c>, <c>&gt;=</c> and the like, as when closing nested type argument lists.</summary>
    private bool ExpectGreater()
    {
        var token = Current;
        var rest = token.Kind switch
        {
            TokenKind.Greater => TokenKind.EndOfFile,
            TokenKind.GreaterGreater => TokenKind.Greater,
            TokenKind.GreaterGreaterGreater => TokenKind.GreaterGreater,
            TokenKind.GreaterEqual => TokenKind.Equals,
            TokenKind.GreaterGreaterEquals => TokenKind.GreaterEqual,
            TokenKind.GreaterGreaterGreaterEquals => TokenKind.GreaterGreaterEquals,
            _ => TokenKind.Bad,
        };
        if (rest == TokenKind.EndOfFile)
        {
            Next();
            return true;
        }

        if (rest == TokenKind.Bad)
        {
            ReportUnexpected("'>'");
            return false;
        }

        _splits.Add(new TokenSplit(_pos, token));
        _tokens[_pos] = new Token(rest, TokenFlags.None, token.Start + 1, token.Length - 1, 0);
        return true;
    }

    /// <summary>Skips tokens after an error until a likely statement start: past a <c>;</c>, before a <c>}</c>, or a name or statement keyword on a new line.</summary>
    private void Synchronize()
    {
        var braces = 0;
        while (!At(TokenKind.EndOfFile))
        {
            switch (Kind)
            {
                case TokenKind.Semicolon when braces == 0:
                    Next();
                    return;
                case TokenKind.OpenBrace:
                    braces++;
                    break;
                case TokenKind.CloseBrace:
                    if (braces == 0)
                    {
                        return;
                    }

                    braces--;
                    break;
                default:
                    if (braces == 0 && Current.NewLineBefore && (StartsStatement(Kind) || IsIdentifierToken(Kind)))
                    {
                        return;
                    }

                    break;
            }

            Next();
        }
    }

    private static bool StartsStatement(TokenKind kind) => kind is TokenKind.Var or TokenKind.Let or TokenKind.Const or TokenKind.Function
        or TokenKind.Class or TokenKind.If or TokenKind.For or TokenKind.While or TokenKind.Do or TokenKind.Return or TokenKind.Throw
        or TokenKind.Try or TokenKind.Switch or TokenKind.Break or TokenKind.Continue or TokenKind.Interface or TokenKind.Type
        or TokenKind.Enum;

    /// <summary>Starts collecting the elements of a node list on the shared scratch stack (lists nest, so a stack suffices); returns the mark to end it with.</summary>
    private int BeginList() => _scratchCount;

    private void Push(SyntaxNode? node)
    {
        if (_scratchCount == _scratch.Length)
        {
            Array.Resize(ref _scratch, _scratchCount * 2);
        }

        _scratch[_scratchCount++] = node;
    }

    /// <summary>Pops the elements pushed since <paramref name="mark"/> into an exactly sized array, so building a list allocates only its result.</summary>
    private T[] EndList<T>(int mark)
        where T : SyntaxNode?
    {
        var count = _scratchCount - mark;
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = (T)_scratch[mark + i]!;
            _scratch[mark + i] = null;
        }

        _scratchCount = mark;
        return result;
    }
}
