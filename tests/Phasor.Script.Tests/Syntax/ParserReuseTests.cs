using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Tests.Syntax;

public sealed class ParserReuseTests
{
    [Fact]
    public void OneParser_ParsesManyCells_SharingItsNameTable()
    {
        var names = new NameTable();
        var parser = new Parser(names);
        var first = parser.Parse(new SourceText("cell1.ts", "let voice = 440; voice * 2"));
        var count = names.Count;

        var second = parser.Parse(new SourceText("cell2.ts", "voice + 1; let voice2 = voice"));

        Assert.Equal(count + 1, names.Count);
        Assert.Equal("(let (= voice 440)) (* voice 2)", SyntaxPrinter.Print(first.Root, names));
        Assert.Equal("(+ voice 1) (let (= voice2 voice))", SyntaxPrinter.Print(second.Root, names));
        Assert.Same(names, second.Names);
    }

    [Fact]
    public void ReparsingTheSameCell_AddsNoNames()
    {
        var names = new NameTable();
        var parser = new Parser(names);
        var source = new SourceText("cell.ts", "const osc = sine(220); osc.gain = `level ${0.5}`;");
        parser.Parse(source);
        var count = names.Count;
        for (var i = 0; i < 10; i++)
        {
            parser.Parse(source);
        }

        Assert.Equal(count, names.Count);
    }

    [Fact]
    public void ErrorsOfOneCell_DoNotLeakIntoTheNext()
    {
        var parser = new Parser(new NameTable());
        Assert.NotEmpty(parser.Parse(new SourceText("bad.ts", "let = ;")).Diagnostics);
        Assert.Empty(parser.Parse(new SourceText("good.ts", "let a = 1;")).Diagnostics);
    }
}
