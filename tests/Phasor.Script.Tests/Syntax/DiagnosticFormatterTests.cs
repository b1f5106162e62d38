using Phasor.Script.Diagnostics;
using Phasor.Script.Text;
using static Phasor.Script.Tests.Syntax.SyntaxCheck;

namespace Phasor.Script.Tests.Syntax;

public sealed class DiagnosticFormatterTests
{
    [Fact]
    public void Format_PrintsHeaderSourceLineAndCaret()
    {
        var tree = Parse("let a = 1;\nlet b = a b;\n");
        Assert.Equal(
            "test.ts:2:11: error PS1002: Found 'b' where ';' was expected\nlet b = a b;\n          ^\n",
            DiagnosticFormatter.Format(tree.Diagnostics[0]));
    }

    [Fact]
    public void Format_KeepsTabsSoTheCaretLinesUp()
    {
        var tree = Parse("if (x) {\n\t\tfoo bar\n}");
        Assert.Equal(
            "test.ts:2:7: error PS1002: Found 'bar' where ';' was expected\n\t\tfoo bar\n\t\t    ^\n",
            DiagnosticFormatter.Format(tree.Diagnostics[0]));
    }

    [Fact]
    public void Format_AtEndOfFile_PointsPastTheLastCharacter()
    {
        var tree = Parse("f(");
        Assert.Equal("test.ts:1:3: error PS1002: Found end of file where ')' was expected\nf(\n  ^\n", DiagnosticFormatter.Format(tree.Diagnostics[0]));
    }

    [Fact]
    public void Format_OfAList_PrintsEveryDiagnostic()
    {
        var tree = Parse("a b\nc d");
        var text = DiagnosticFormatter.Format(tree.Diagnostics);
        Assert.StartsWith("test.ts:1:3: error PS1002", text);
        Assert.Contains("test.ts:2:3: error PS1002", text);
    }

    [Fact]
    public void SourceText_MapsOffsetsToLinesAndColumns()
    {
        var text = new SourceText("x.ts", "ab\r\ncd\ne\u2028f");
        Assert.Equal(new LinePosition(1, 1), text.GetPosition(0));
        Assert.Equal(new LinePosition(1, 3), text.GetPosition(2));
        Assert.Equal(new LinePosition(2, 1), text.GetPosition(4));
        Assert.Equal(new LinePosition(3, 1), text.GetPosition(7));
        Assert.Equal(new LinePosition(4, 1), text.GetPosition(9));
        Assert.Equal("cd", text.GetLineText(1));
        Assert.Equal(4, text.LineCount);
    }

    [Fact]
    public void Catalogue_IdsAreUniqueAndWellFormed()
    {
        var ids = typeof(DiagnosticCatalogue).GetFields()
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^PS[12][0-9]{3}$", id));
    }
}
