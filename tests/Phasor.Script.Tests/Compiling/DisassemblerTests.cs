using Phasor.Script.Compiling;
using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Compiling;

/// <summary>The opcode table and the text listing that tests and <c>phasor run --disasm</c> rely on.</summary>
public sealed class DisassemblerTests
{
    [Fact]
    public void OpTable_HasOneRowPerOpcode_WithUniqueNames()
    {
        var opcodes = Enum.GetValues<OpCode>();
        Assert.Equal(opcodes.Length, OpTable.Count);
        Assert.Equal(opcodes.Length, opcodes.Select(o => OpTable.Get(o).Name).Distinct().Count());
    }

    [Fact]
    public void Disassemble_ListsEachFunction_WithOperandsAndLines()
    {
        var engine = new ScriptEngine();
        var text = engine.Disassemble("function add(a: number, b: number) {\n  return a + b;\n}\nconsole.log(add(1, 2));\n", "d.ts");

        Assert.Contains("== <script> params=0", text);
        Assert.Contains("== add params=2", text);
        Assert.Contains("closure fn0<add>", text);
        Assert.Contains("init_global global add", text);
        Assert.Contains("lda_global global console", text);
        Assert.Contains("get_named r", text);
        Assert.Contains("'log', ic0", text);
        Assert.Contains("ldar r1", text);
        Assert.Contains("add r0", text);
        Assert.Matches(@"\d{4}    2  ldar r1", text);
    }

    [Fact]
    public void LoopCondition_FusesTheComparisonWithTheBranch()
    {
        var text = new ScriptEngine().Disassemble("for (let i = 0; i < 10; i++) {}");

        Assert.Contains("jump_if_not_lt r", text);
        Assert.DoesNotContain("jump_if_false", text);
    }

    [Fact]
    public void ComparisonWhoseValueIsUsed_IsNotFused()
    {
        var text = new ScriptEngine().Disassemble("let a = 1, b = 2, c = 3;\nif (a < b && b < c) {}\nconst d = a < b || c;");

        Assert.Equal(0, CountOf(text, "jump_if_not_lt"));
        Assert.Equal(2, CountOf(text, "jump_if_false"));
    }

    [Fact]
    public void MethodReadingThis_FindsItInARegister_AndReadsMembersInPlace()
    {
        const string Source = "class P { x = 1; get g() { return this.x; } m(k: number) { return this.x + k; } }\n"
            + "class Q extends P { constructor() { super(); this.x = 2; } }\n";
        var text = new ScriptEngine().Disassemble(Source);
        var getter = Section(text, "== get g ");
        var method = Section(text, "== m ");
        var derived = Section(text, "== Q ");

        Assert.Matches(@"this=r\d+ ==", getter);
        Assert.DoesNotContain("lda_this", getter);
        Assert.Matches(@"this=(r\d+) ==(.|\n)*get_named \1, 'x'", method);
        Assert.DoesNotContain("lda_this", method);
        Assert.DoesNotContain("this=", derived.Split('\n')[0]);
        Assert.Contains("lda_hole", derived);
    }

    [Fact]
    public void ConditionalJumps_GoStraightPastTheJumpsTheyWouldLandOn()
    {
        const string Source = "function f(a: any, b: any, c: any, d: any) {\n  let n = 0;\n  while (a) {\n    if ((a || b) && (c || d)) { n++; }\n    a = b;\n  }\n  return n;\n}\n";
        var text = new ScriptEngine().Disassemble(Source);
        var lines = text.Split('\n');
        var ops = new Dictionary<int, string>();
        foreach (var line in lines)
        {
            if (line.Length > 12 && int.TryParse(line.AsSpan(0, 4), out var pc))
            {
                ops[pc] = line[11..].Trim();
            }
        }

        var jumps = ops.Where(o => o.Value.StartsWith("jump", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(jumps);
        foreach (var (pc, op) in jumps)
        {
            var target = int.Parse(op[(op.IndexOf('@') + 1)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            var landing = ops.GetValueOrDefault(target, "");
            Assert.False(landing.StartsWith("jump ", StringComparison.Ordinal), $"{pc:D4} {op} lands on {landing}");
            if (op.StartsWith("jump_if_true", StringComparison.Ordinal) || op.StartsWith("jump_if_false", StringComparison.Ordinal))
            {
                Assert.False(landing.StartsWith("jump_if_true", StringComparison.Ordinal) || landing.StartsWith("jump_if_false", StringComparison.Ordinal), $"{pc:D4} {op} lands on {landing}");
            }
        }
    }

    [Fact]
    public void CommonSequences_BecomeSuperinstructions_ListedAsTheirParts()
    {
        var text = new ScriptEngine().Disassemble("let n = 0;\nfor (let i = 0; i < 10; i++) { n = n - 1; }");

        Assert.Contains("lda_int 10    ; fused: jump_if_not_lt_int", text);
        Assert.Matches(@"ldar (r\d+)    ; fused: inc_register\n.*inc\n.*star \1\n", text);
        Assert.Contains("jump_if_not_lt r", text);
    }

    [Fact]
    public void RecursiveStep_FusesTheCallResultWithTheNextCallee_AndTheSumWithItsReturn()
    {
        const string Source = "function f(n: number): number { if (n < 2) { return n; } return f(n - 1) + f(n - 2); }\nf(10);";
        var engine = new ScriptEngine();
        var text = engine.Disassemble(Source);

        Assert.Matches(@"star r\d+    ; fused: star_lda_global_star\n.*lda_global global f\n.*star r\d+\n", text);
        Assert.Contains("; fused: add_return", text);
        Assert.Equal(55.0, engine.Evaluate(Source).Value);
    }

    [Fact]
    public void FusedSequences_FallBackToTheirParts()
    {
        // Strings take add's general path before the return; a callee still in its TDZ throws from lda_global.
        Assert.Equal("ab", new ScriptEngine().Evaluate("function g(a: string, b: string): string { return a + b; }\ng('a', 'b');").Value);
        var result = new ScriptEngine().Evaluate(
            "function one(): number { return 1; }\nfunction t(): number { const a = one(); return later(a); }\nt();\nlet later = (x: number) => x + 1;");

        Assert.Equal("ReferenceError", result.ErrorName);
    }

    [Fact]
    public void SequenceWithAJumpIntoIt_IsNotFused()
    {
        // The conditional's two arms both land on `sub r`, so `lda_int 2; sub r` must stay two instructions.
        var engine = new ScriptEngine();
        var text = engine.Disassemble("let r = 5, c = false;\nconst z = r - (c ? 1 : 2);");

        Assert.DoesNotContain("sub_int", text);
        Assert.Equal(3.0, engine.Evaluate("let r = 5, c = false;\nr - (c ? 1 : 2);").Value);
    }

    private static int CountOf(string text, string value) => text.Split(value).Length - 1;

    [Fact]
    public void Disassemble_ShowsHandlerTable_ForTryCatch()
    {
        var text = new ScriptEngine().Disassemble("try { f(); } catch (e) { console.log(e); }", "t.ts");

        Assert.Matches(@"handler \[\d+, \d+\) -> \d+", text);
    }

    [Fact]
    public void Disassemble_ReportsSyntaxErrors_InsteadOfCode()
    {
        var text = new ScriptEngine().Disassemble("let = ;", "bad.ts");

        Assert.Contains("bad.ts:1:", text);
        Assert.Contains("error PS", text);
    }

    /// <summary>The listing of one function: from its header to the next header.</summary>
    private static string Section(string text, string header)
    {
        var start = text.IndexOf(header, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no function listed as '{header}'");
        var end = text.IndexOf("\n== ", start + 1, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }
}
