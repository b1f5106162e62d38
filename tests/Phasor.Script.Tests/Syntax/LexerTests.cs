using Phasor.Script.Diagnostics;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Tests.Syntax;

public sealed class LexerTests
{
    private static (Lexer Lexer, DiagnosticBag Diagnostics) Lex(string text, NameTable? names = null)
    {
        var source = new SourceText("test.ts", text);
        var lexer = new Lexer(names ?? new NameTable());
        var diagnostics = new DiagnosticBag(source);
        lexer.Tokenize(source, diagnostics);
        return (lexer, diagnostics);
    }

    private static TokenKind[] Kinds(string text)
    {
        var (lexer, _) = Lex(text);
        return lexer.Tokens.Take(lexer.Count).Select(t => t.Kind).ToArray();
    }

    [Fact]
    public void Punctuators_TakeTheLongestMatch()
    {
        Assert.Equal(
            [TokenKind.GreaterGreaterGreaterEquals, TokenKind.AsteriskAsteriskEquals, TokenKind.QuestionQuestionEquals, TokenKind.QuestionDot,
             TokenKind.DotDotDot, TokenKind.Arrow, TokenKind.ExclamationEqualEqual, TokenKind.AmpersandAmpersandEquals, TokenKind.EndOfFile],
            Kinds(">>>= **= ??= ?. ... => !== &&="));
    }

    [Fact]
    public void QuestionDotBeforeDigit_IsAConditional()
    {
        Assert.Equal([TokenKind.Identifier, TokenKind.Question, TokenKind.Number, TokenKind.Colon, TokenKind.Number, TokenKind.EndOfFile], Kinds("a?.5:1"));
    }

    [Fact]
    public void EveryKeyword_IsRecognisedAndItsNameIdIsItsIndex()
    {
        var names = new NameTable();
        for (var i = 0; i < Keywords.Texts.Length; i++)
        {
            var (lexer, _) = Lex(Keywords.Texts[i], names);
            Assert.Equal((TokenKind)((int)Keywords.First + i), lexer.Tokens[0].Kind);
            Assert.Equal(i, lexer.Tokens[0].Value);
            Assert.Equal(Keywords.Texts[i], names[lexer.Tokens[0].Value]);
        }
    }

    [Theory]
    [InlineData("ifx")]
    [InlineData("If")]
    [InlineData("\\u0069f")]
    [InlineData("café")]
    [InlineData("变量")]
    [InlineData("$_x1")]
    public void NearKeywordsAndUnicodeNames_AreIdentifiers(string text) => Assert.Equal(TokenKind.Identifier, Lex(text).Lexer.Tokens[0].Kind);

    [Fact]
    public void EscapedIdentifier_InternsItsDecodedName()
    {
        var names = new NameTable();
        var (lexer, _) = Lex("\\u0061b ab", names);
        Assert.Equal(lexer.Tokens[0].Value, lexer.Tokens[1].Value);
        Assert.Equal("ab", names[lexer.Tokens[0].Value]);
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("123456789012345678901", 123456789012345678901.0)]
    [InlineData("1.5e-3", 0.0015)]
    [InlineData(".25", 0.25)]
    [InlineData("5.", 5.0)]
    [InlineData("1_000_000", 1000000.0)]
    [InlineData("0xFF", 255.0)]
    [InlineData("0o777", 511.0)]
    [InlineData("0b1010", 10.0)]
    [InlineData("0x1_0", 16.0)]
    [InlineData("1E3", 1000.0)]
    [InlineData("0.1", 0.1)]
    [InlineData("3.14159", 3.14159)]
    [InlineData("123456.789012345", 123456.789012345)]
    [InlineData("0.30000000000000004", 0.30000000000000004)]
    [InlineData("9007199254740993", 9007199254740992.0)]
    public void Numbers_AreDecoded(string text, double value)
    {
        var (lexer, diagnostics) = Lex(text);
        Assert.Empty(diagnostics);
        Assert.Equal(TokenKind.Number, lexer.Tokens[0].Kind);
        Assert.Equal(value, lexer.GetNumber(lexer.Tokens[0].Value));
    }

    [Theory]
    [InlineData("1__0")]
    [InlineData("1_")]
    [InlineData("0x")]
    [InlineData("1e")]
    [InlineData("3in")]
    [InlineData("0b12")]
    public void MalformedNumbers_AreReported(string text) => Assert.Equal("PS1006", Lex(text).Diagnostics[0].Id);

    [Theory]
    [InlineData("'a\\tb'", "a\tb")]
    [InlineData("\"\\x41\\u0042\\u{43}\"", "ABC")]
    [InlineData("'\\u{1F600}'", "\U0001F600")]
    [InlineData("'line\\\ncontinued'", "linecontinued")]
    [InlineData("'\\0\\b\\f\\v\\r\\n'", "\0\b\f\v\r\n")]
    [InlineData("'\\q\\'\\\\'", "q'\\")]
    [InlineData("'it''s'", "it")]
    public void StringEscapes_AreDecoded(string text, string value)
    {
        var names = new NameTable();
        var (lexer, diagnostics) = Lex(text, names);
        Assert.Empty(diagnostics);
        Assert.Equal(value, names[lexer.Tokens[0].Value]);
    }

    [Fact]
    public void Templates_NestThroughSubstitutions()
    {
        Assert.Equal(
            [TokenKind.TemplateHead, TokenKind.OpenBrace, TokenKind.CloseBrace, TokenKind.TemplateMiddle, TokenKind.TemplateHead,
             TokenKind.Identifier, TokenKind.TemplateTail, TokenKind.TemplateTail, TokenKind.EndOfFile],
            Kinds("`a${{}}b${`c${d}`}e`"));
    }

    [Fact]
    public void TemplateLineBreaks_AreNormalisedToLineFeed()
    {
        var names = new NameTable();
        var (lexer, _) = Lex("`a\r\nb\rc`", names);
        Assert.Equal("a\nb\nc", names[lexer.Tokens[0].Value]);
    }

    [Fact]
    public void NewLineBefore_IsSetAfterLineBreaksAndMultiLineComments()
    {
        var (lexer, _) = Lex("a b\nc /*\n*/ d /* */ e // x\nf");
        var flags = lexer.Tokens.Take(6).Select(t => t.NewLineBefore).ToArray();
        Assert.Equal([false, false, true, true, false, true], flags);
    }

    [Theory]
    [InlineData("'abc", "PS1003", "1:1")]
    [InlineData("x = `abc", "PS1004", "1:5")]
    [InlineData("a /* b", "PS1005", "1:3")]
    [InlineData("a ¤ b", "PS1001", "1:3")]
    [InlineData("'\\u{110000}'", "PS1007", "1:2")]
    public void LexicalErrors_AreLocated(string text, string id, string position)
    {
        var diagnostic = Lex(text).Diagnostics[0];
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(position, diagnostic.Position.ToString());
    }

    [Fact]
    public void FastPathEdges_HandOverToTheGeneralScanner()
    {
        // '.', '=' and '}' are scanned in the fast loop only when they stand alone.
        Assert.Equal(
            [TokenKind.Identifier, TokenKind.Dot, TokenKind.Identifier, TokenKind.Number, TokenKind.DotDotDot, TokenKind.Identifier,
             TokenKind.Equals, TokenKind.Identifier, TokenKind.EqualEqual, TokenKind.Identifier, TokenKind.Arrow, TokenKind.Identifier, TokenKind.EndOfFile],
            Kinds("a.b .5 ...c = d == e => f"));
        Assert.Equal(
            [TokenKind.TemplateHead, TokenKind.OpenBrace, TokenKind.Identifier, TokenKind.Colon, TokenKind.Number, TokenKind.CloseBrace,
             TokenKind.TemplateTail, TokenKind.CloseBrace, TokenKind.EndOfFile],
            Kinds("`${ {a:1} }` }"));

        // A name that turns non-ASCII part way is rescanned whole.
        var names = new NameTable();
        var (lexer, _) = Lex("abc café x\u0079", names);
        Assert.Equal(["abc", "café", "xy"], lexer.Tokens.Take(3).Select(t => names[t.Value]));
        Assert.Equal([0, 4], lexer.Tokens.Take(2).Select(t => t.Start));
    }

    [Fact]
    public void NewLineBefore_SurvivesTheHandOverToTheGeneralScanner()
    {
        var (lexer, _) = Lex("a\n'str' b\n1 c\n// note\nd /* x */\n+ e\r\n`t`");
        var flags = lexer.Tokens.Take(9).Select(t => (t.Kind, t.NewLineBefore)).ToArray();
        Assert.Equal(
            [(TokenKind.Identifier, false), (TokenKind.String, true), (TokenKind.Identifier, false), (TokenKind.Number, true),
             (TokenKind.Identifier, false), (TokenKind.Identifier, true), (TokenKind.Plus, true), (TokenKind.Identifier, false),
             (TokenKind.NoSubstitutionTemplate, true)],
            flags);
    }

    [Fact]
    public void Hashbang_IsSkipped() => Assert.Equal([TokenKind.Identifier, TokenKind.EndOfFile], Kinds("#!/usr/bin/env phasor\nx"));

    [Fact]
    public void WarmLexer_OverKnownNames_AllocatesNothing()
    {
        var text = string.Concat(Enumerable.Repeat("""
            const total = items.reduce((sum, item) => sum + item.price * 1.5e2, 0x10);
            if (total >= limit && !done) { console.log(`total: ${total} of ${"limit"}`); }
            class Voice extends Node { constructor(freq: number) { super(); this.freq = freq; } }

            """, 50));
        var source = new SourceText("warm.ts", text);
        var lexer = new Lexer(new NameTable());
        var diagnostics = new DiagnosticBag(source);
        lexer.Tokenize(source, diagnostics);

        var before = GC.GetAllocatedBytesForCurrentThread();
        lexer.Tokenize(source, diagnostics);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(diagnostics);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void NameTable_ReturnsTheSameIdForTheSameText()
    {
        var names = new NameTable();
        var id = names.Intern("voice".AsSpan());
        for (var i = 0; i < 2000; i++)
        {
            names.Intern($"n{i}");
        }

        Assert.Equal(id, names.Intern("xvoice".AsSpan(1)));
        Assert.Equal(id, names.Find("voice"));
        Assert.Equal(-1, names.Find("absent"));
        Assert.Equal("n1999", names[names.Find("n1999")]);
    }

    [Fact]
    public void LexedNames_GetTheIdsTheNameTableGivesTheirText()
    {
        // The lexer hashes a name in blocks while finding its end (or one unit at a time near the end of the text);
        // both must agree with NameTable.Hash, or a name would be interned twice.
        var names = new NameTable();
        var words = Enumerable.Range(1, 40).Select(n => string.Concat(Enumerable.Range(0, n).Select(i => (char)('a' + ((i * 7) + n) % 26)))).ToArray();
        var (lexer, _) = Lex(string.Join(" ", words) + " " + string.Join("\n", words.Reverse()), names);

        var tokens = lexer.Tokens.Take(lexer.Count - 1).ToArray();
        Assert.Equal(words.Length * 2, tokens.Length);
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(names.Find(words[i]), tokens[i].Value);
            Assert.Equal(names.Find(words[i]), tokens[tokens.Length - 1 - i].Value);
        }
    }

    [Fact]
    public void Integers_ScannedInTheRunLoop_MatchTheGeneralScanner()
    {
        // Up to nine digits are scanned in the run loop; longer ones, and any number with more to it, by ScanNumber.
        var (lexer, diagnostics) = Lex("0 7 42 123456789 1234567890 0x1F 1_000 3.5 1e3 9.");
        double[] expected = [0, 7, 42, 123456789, 1234567890, 31, 1000, 3.5, 1000, 9];

        Assert.Empty(diagnostics);
        Assert.Equal(expected.Length + 1, lexer.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(TokenKind.Number, lexer.Tokens[i].Kind);
            Assert.Equal(expected[i], lexer.GetNumber(lexer.Tokens[i].Value));
        }
    }

    [Theory]
    [InlineData(". ... ? ?? ??= ?. = == === => ! != !== + ++ += - -- -= * ** *= **= / /= % %= ^ ^= & && &= &&= | || |= ||=")]
    [InlineData("< << <= <<= > >> >>> >= >>= >>>= ( ) [ ] { } ; , : ~ @")]
    public void EveryPunctuator_LexesAlikeInTheFastLoop_AfterAComment_AndAtTheEndOfTheText(string spellings)
    {
        foreach (var op in spellings.Split(' '))
        {
            // In the middle of a line the fast loop scans it; after a comment the general scanner does; at the very
            // end of the text the operator's lookahead meets the string's terminator.
            var fast = Kinds($"a {op} b");
            var general = Kinds($"a /**/{op} b");
            var atEnd = Kinds($"a {op}");
            Assert.True(fast.SequenceEqual(general), op);
            Assert.Equal(fast[1], atEnd[1]);
            Assert.Equal(3, atEnd.Length);
        }
    }

    [Fact]
    public void ShortNames_AreFoundByTheirBlock_AndNeverConfusedWithTextsHoldingZeros()
    {
        // Names of up to eight units are looked up by comparing one zero-padded block: a text with a '\0' in it must
        // not pass for the name it would pad to, and a string literal shares its id with the identifier it spells.
        var names = new NameTable();
        var withZero = names.Intern("ab\0");
        var (lexer, _) = Lex("ab abcdefgh abcdefg 'ab' ab", names);

        var ids = lexer.Tokens.Take(5).Select(t => t.Value).ToArray();
        Assert.NotEqual(withZero, ids[0]);
        Assert.Equal([names.Find("ab"), names.Find("abcdefgh"), names.Find("abcdefg"), names.Find("ab"), names.Find("ab")], ids);
        Assert.Equal(4, new[] { withZero, ids[0], ids[1], ids[2] }.Distinct().Count());
    }

    [Fact]
    public void NamesOfNineToSixteenUnits_AreFoundByTheirTwoBlocks_AndNeverConfusedWithPrefixesOrTextsHoldingZeros()
    {
        // Names of up to sixteen units are compared as one zero-padded key of two blocks: a name must not pass for
        // an eight-unit prefix of it or for a text padded with '\0', and a string literal spelling it shares its id.
        var names = new NameTable();
        var withZero = names.Intern("abcdefghij\0");
        var (lexer, _) = Lex("abcdefgh abcdefghij abcdefghijklmnop abcdefghijklmnopq 'abcdefghij' abcdefghij", names);

        var ids = lexer.Tokens.Take(6).Select(t => t.Value).ToArray();
        Assert.Equal(
            [names.Find("abcdefgh"), names.Find("abcdefghij"), names.Find("abcdefghijklmnop"), names.Find("abcdefghijklmnopq"), names.Find("abcdefghij"), names.Find("abcdefghij")],
            ids);
        Assert.Equal(5, new[] { withZero, ids[0], ids[1], ids[2], ids[3] }.Distinct().Count());
    }

    [Theory]
    [InlineData("let abcdefghijkl = 1; abcdefghijkl++")]
    [InlineData("voiceOptions\\u0041b + voiceOptionsÄb + voiceOptionsAb")]
    [InlineData("x = abcdefghijklmn")]
    [InlineData("abcdefghi")]
    [InlineData("abcdefghijklmnopqrstuvwxyz_$0123456789 abcdefgh12345678 abcdefgh1234567\t")]
    public void MediumNames_LexAlikeInTheRunLoopAndTheGeneralScanner(string text)
    {
        // Near the end of the text, with a Unicode letter or an escape past the eighth unit, and at the sixteen-unit
        // boundary, the two-block lookup must give what the general scanner gives.
        AssertRunLoopMatchesGeneralScanner(text, "test.ts");
    }

    [Fact]
    public void RunLoop_LexesEveryCorpusProgram_AsTheGeneralScannerDoes()
    {
        // The run loop is the fast twin of Lexer.Next: over every program of the corpus (syntax errors included),
        // both must give the same tokens, number values and diagnostics.
        var files = Directory.EnumerateFiles(Corpus.CorpusTests.FindCorpus(), "*.ts", SearchOption.AllDirectories).ToArray();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertRunLoopMatchesGeneralScanner(File.ReadAllText(file), file);
        }
    }

    /// <summary>Lexes <paramref name="text"/> with the run loop and with the general scanner alone, and checks that both give the same tokens, number values and diagnostics.</summary>
    private static void AssertRunLoopMatchesGeneralScanner(string text, string label)
    {
        var (fast, fastDiagnostics) = Lex(text);
        var general = new Lexer(new NameTable()) { UsesRunLoop = false };
        var source = new SourceText("test.ts", text);
        var generalDiagnostics = new DiagnosticBag(source);
        general.Tokenize(source, generalDiagnostics);

        Assert.True(fast.Count == general.Count, label);
        for (var i = 0; i < fast.Count; i++)
        {
            var (a, b) = (fast.Tokens[i], general.Tokens[i]);
            // Both name tables intern in token order, so name ids and number indexes agree too.
            Assert.True((a.Kind, a.Flags, a.Start, a.Length, a.Value) == (b.Kind, b.Flags, b.Start, b.Length, b.Value), $"{label}: token {i}: {a} vs {b}");
            Assert.True(a.Kind != TokenKind.Number || fast.GetNumber(a.Value).Equals(general.GetNumber(b.Value)), $"{label}: value of token {i}: {a}");
        }

        Assert.Equal(generalDiagnostics.Select(d => d.ToString()), fastDiagnostics.Select(d => d.ToString()));
    }
}
