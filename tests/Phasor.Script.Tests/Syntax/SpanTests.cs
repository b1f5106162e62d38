using Phasor.Script.Syntax;
using Phasor.Script.Tests.Binding;
using static Phasor.Script.Tests.Syntax.SyntaxCheck;

namespace Phasor.Script.Tests.Syntax;

public sealed class SpanTests
{
    private const string Sample = """
        class Voice<T> extends Node implements Playable {
          private gain: number = 0.5;
          constructor(public freq: number, ...rest: T[]) { super(); }
          get level(): number { return this.gain * 2; }
        }
        const voices = [1, 2, 3].map((f): Voice<number> => new Voice<number>(f as number));
        for (const { freq, gain = 1 } of voices) { if (freq! > 440) { console.log(`${freq}Hz`); } }
        enum Wave { Sine, Square = 'sq' }
        label: while (true) { try { break label; } catch { } finally { } }
        """;

    [Fact]
    public void EveryNodeSpan_LiesWithinItsParentsSpan()
    {
        var tree = Parse(Sample);
        Assert.Empty(tree.Diagnostics);
        Check(tree.Root);
    }

    private static void Check(SyntaxNode parent)
    {
        foreach (var child in Children(parent))
        {
            Assert.True(
                child.Span.Start >= parent.Span.Start && child.Span.End <= parent.Span.End,
                $"{child.Kind} {child.Span} is outside {parent.Kind} {parent.Span}");
            Check(child);
        }
    }

    private static IEnumerable<SyntaxNode> Children(SyntaxNode node) =>
        BindCheck.Nodes(node).Where(n => n != node && IsDirectChild(node, n));

    private static bool IsDirectChild(SyntaxNode parent, SyntaxNode candidate) =>
        parent.GetType().GetProperties().Where(p => !p.CanWrite).Select(p => p.GetValue(parent)).Any(value =>
            ReferenceEquals(value, candidate) || (value is System.Collections.IEnumerable list and not string && list.Cast<object?>().Any(item => ReferenceEquals(item, candidate))));

    [Theory]
    [InlineData("a + b * c", 0, 9)]
    [InlineData("  f(x)  ;", 2, 9)]
    [InlineData("let x: number = 1;", 0, 18)]
    [InlineData("x as number", 0, 1)]
    public void StatementSpans_CoverTheirSource(string source, int start, int end)
    {
        var tree = Parse(source);
        var statement = tree.Root.Statements[0];
        var span = statement is ExpressionStatement { Expression: var e } && !source.TrimEnd().EndsWith(';') ? e.Span : statement.Span;
        Assert.Equal((start, end), (span.Start, span.End));
    }
}
