using Phasor.Script.Binding;
using Phasor.Script.Syntax;
using static Phasor.Script.Tests.Syntax.SyntaxCheck;

namespace Phasor.Script.Tests.Syntax;

public sealed class ErrorRecoveryTests
{
    [Fact]
    public void SeveralErrors_AreAllReportedWithTheirPositions()
    {
        Errors(
            """
            let a = ;
            function f(a b) {
              return 1
            }
            let b = 2 3;
            const c;
            if (a) { x = } else y
            """,
            "1:9: PS1002: Found ';' where an expression was expected",
            "2:14: PS1002: Found 'b' where ')' was expected",
            "5:11: PS1002: Found '3' where ';' was expected",
            "6:7: PS1009: 'const' declarations must be initialized",
            "7:14: PS1002: Found '}' where an expression was expected");
    }

    [Fact]
    public void Recovery_KeepsTheStatementsAfterAnError()
    {
        var tree = Parse("let a = ;\nlet b = 2;\nfoo(b);");
        Assert.Single(tree.Diagnostics);
        Assert.Equal("(let (= a (error))) (let (= b 2)) (call foo b)", SyntaxPrinter.Print(tree.Root, tree.Names));
    }

    [Fact]
    public void ErrorsInsideBlocks_RecoverAtTheClosingBrace()
    {
        Errors(
            "function f() { let = = 1; }\nclass C { m() { ) } n() {} }\nok();",
            "1:22: PS1002: Found '=' where an expression was expected",
            "2:17: PS1002: Found ')' where an expression was expected");
    }

    [Fact]
    public void UnclosedBrace_ReportsEndOfFile() => Errors("function f() {\n  x();\n", "3:1: PS1002: Found end of file where '}' was expected");

    [Fact]
    public void BreakingTheTypeGrammar_IsReportedAtTheType() => Errors("let x: = 1;", "1:8: PS1002: Found '=' where a type was expected");

    [Fact]
    public void DeepNesting_IsReportedInsteadOfOverflowingTheStack()
    {
        var source = new string('(', 100_000) + "1" + new string(')', 100_000);
        var tree = Parse(source);
        Assert.Equal("PS1011", tree.Diagnostics[0].Id);
        Assert.Single(tree.Diagnostics);

        var blocks = string.Concat(Enumerable.Repeat("{", 50_000));
        Assert.Equal("PS1011", Parse(blocks).Diagnostics[0].Id);

        var unary = new string('-', 50_000) + "x";
        Assert.Equal("PS1011", Parse(unary).Diagnostics[0].Id);
    }

    [Fact]
    public void ModeratelyDeepNesting_Parses()
    {
        var source = new string('[', 200) + new string(']', 200);
        Assert.Empty(Parse(source).Diagnostics);
    }

    [Fact]
    public void GarbageInput_NeverThrows()
    {
        var random = new Random(42);
        const string alphabet = "ab(){}[];,.=+-*/<>!?:`$'\"\\ \n\tletconstfunctionclass=>0x1e";
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(1, 80)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            _ = Parse(new string(chars));
        }
    }

    [Fact]
    public void RandomTokenSoup_NeverThrows_InParserBinderOrPrinter()
    {
        string[] words =
        [
            "let", "const", "var", "function", "class", "extends", "type", "interface", "enum", "declare", "as", "<", ">", ">>", "(", ")",
            "{", "}", "[", "]", ";", ",", ".", "?.", "?", ":", "=>", "=", "+", "x", "y", "1", "'s'", "`a${", "}b`", "`t`", "\n", "new",
            "return", "if", "else", "for", "of", "in", "...", "!", "keyof", "typeof", "get", "set", "static", "private", "constructor",
            "super", "this", "break", "continue", "switch", "case", "default", "try", "catch", "finally", "throw", "async", "await",
            "yield", "*", "|", "&", "infer", "is", "readonly", "abstract", "namespace", "import", "export", "@", "#p", "/", "**", "++",
            "--", "label:",
        ];
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var parts = new string[random.Next(1, 40)];
            for (var j = 0; j < parts.Length; j++)
            {
                parts[j] = words[random.Next(words.Length)];
            }

            var tree = Parse(string.Join(" ", parts));
            Binder.Bind(tree);
            _ = SyntaxPrinter.Print(tree.Root, tree.Names);
        }
    }

    [Theory]
    [InlineData("const o = { a: 1\n b: 2 };\nfoo(o);", "2:2: PS1002: Found 'b' where ',' was expected", "(const (= o (object (a 1) (b 2)))) (call foo o)")]
    [InlineData("const a = [1, 2 3];", "1:17: PS1002: Found '3' where ',' was expected", "(const (= a (array 1 2 3)))")]
    [InlineData("else { x(); }\ny();", "1:1: PS1002: Found 'else' where a statement was expected", "(block (call x)) (call y)")]
    public void CommonMistakes_AreReportedOnce_AndParsingGoesOn(string source, string error, string tree)
    {
        var parsed = Parse(source);
        Assert.Equal([error], parsed.Diagnostics.Select(Describe).ToArray());
        Assert.Equal(tree, SyntaxPrinter.Print(parsed.Root, parsed.Names));
    }

    [Fact]
    public void AStatementThatEndedCleanly_DoesNotSwallowTheNextOne()
    {
        Errors("1 = v;\n5++;\nx = 1 = 2;",
            "1:1: PS1010: Invalid assignment target",
            "2:1: PS1010: Invalid assignment target",
            "3:5: PS1010: Invalid assignment target");
    }

    [Fact]
    public void UnterminatedTemplate_IsReportedAtItsOpeningBacktick_EvenAfterASubstitution()
    {
        Errors("const t = `a ${1} b ${2} c", "1:11: PS1004: Unterminated template literal");
    }

    [Fact]
    public void Generator_IsReportedOnceAtItsStar_NotAtEachYield()
    {
        Errors("function* g() { yield 1; yield 2; }\nconst o = { *m() { yield 3; } };",
            "1:9: PS1101: Generators are not supported",
            "2:13: PS1101: Generators are not supported");
    }
}
