using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Hosting;

/// <summary>Successive evaluations share top-level declarations, and redeclaration follows Node's REPL.</summary>
public sealed class ReplStateTests
{
    [Fact]
    public void EveryKindOfTopLevelDeclaration_IsSeenByLaterEvaluations()
    {
        var engine = new ScriptEngine();
        Assert.True(engine.Evaluate("function square(x: number) { return x * x; }").Success);
        Assert.True(engine.Evaluate("var base = 2;").Success);
        Assert.True(engine.Evaluate("let count = 3;").Success);
        Assert.True(engine.Evaluate("const scale = 10;").Success);
        Assert.True(engine.Evaluate("class Box { constructor(public v: number) {} }").Success);
        Assert.True(engine.Evaluate("enum Wave { Sine, Saw = 5 }").Success);

        var result = engine.Evaluate("square(base) + count * scale + new Box(100).v + Wave.Saw");

        Assert.Equal(139.0, result.Value);
    }

    [Fact]
    public void LaterEvaluations_UpdateEarlierVariables_AndFunctionsSeeTheNewValues()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("let gain = 1;\nfunction apply(x: number) { return x * gain; }");
        engine.Evaluate("gain = 0.5;");

        Assert.Equal(2.0, engine.Evaluate("apply(4)").Value);
    }

    [Theory]
    [InlineData("let x = 1;", "let x = 2;")]
    [InlineData("let x = 1;", "var x = 2;")]
    [InlineData("var x = 1;", "let x = 2;")]
    [InlineData("const x = 1;", "const x = 2;")]
    [InlineData("class x {}", "class x {}")]
    [InlineData("function x() {}", "let x = 2;")]
    [InlineData("let x = 1;", "function x() {}")]
    [InlineData("let x = 1;", "if (true) { var x = 2; }")]
    public void RedeclaringALexicalName_IsASyntaxError_AsInNodesRepl(string first, string second)
    {
        var output = new StringWriter();
        var engine = new ScriptEngine(output);
        engine.Evaluate(first);

        var result = engine.Evaluate("console.log('ran');\n" + second, "cell.ts");

        Assert.Equal("SyntaxError", result.ErrorName);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PS2001", diagnostic.Id);
        Assert.Equal("Identifier 'x' has already been declared", diagnostic.Message);
        Assert.Equal(2, diagnostic.Position.Line);
        Assert.Equal("", output.ToString());
    }

    [Theory]
    [InlineData("var x = 1;", "var x = 2;")]
    [InlineData("function x() { return 1; }", "function x() { return 2; }")]
    [InlineData("function x() { return 1; }", "var x = 2;")]
    public void RedeclaringAVarOrFunction_WithVarOrFunction_IsAllowed(string first, string second)
    {
        var engine = new ScriptEngine();
        engine.Evaluate(first);

        Assert.True(engine.Evaluate(second).Success);
        Assert.Equal(2.0, engine.Evaluate("typeof x === 'function' ? x() : x").Value);
    }

    [Fact]
    public void BlockScopedDeclarations_InALaterCell_DoNotClash()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("let x = 1;");

        var result = engine.Evaluate("{ let x = 2; }\nfunction f() { const x = 3; return x; }\nf() + x");

        Assert.Equal(4.0, result.Value);
    }

    [Fact]
    public void RejectedEvaluation_DeclaresNothing()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("let x = 1;");

        engine.Evaluate("let y = 2;\nlet x = 3;");

        Assert.True(engine.Evaluate("let y = 4;").Success);
        Assert.Equal(1.0, engine.Evaluate("x").Value);
    }

    [Fact]
    public void AssigningAConstFromALaterEvaluation_IsATypeError()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("const rate = 48000;");

        var result = engine.Evaluate("rate = 44100;");

        Assert.Equal("TypeError", result.ErrorName);
        Assert.Contains("Assignment to constant variable.", result.Error);
    }

    [Fact]
    public void DeclarationWhoseInitializerThrew_StaysDeclared_AndCannotBeRedeclared()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("let z = (() => { throw new Error('no'); })();");

        var read = engine.Evaluate("z");
        var redeclare = engine.Evaluate("let z = 3;");

        Assert.Equal("ReferenceError", read.ErrorName);
        Assert.Equal("SyntaxError", redeclare.ErrorName);
    }

    [Fact]
    public void HostSeesAndSetsScriptGlobals()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("let tempo = 120; const key = 'A'; function beat() { return 60 / tempo; }");

        engine.SetGlobal("tempo", 60);

        Assert.Equal(60.0, engine.GetGlobal("tempo").AsNumber());
        Assert.Equal(1.0, engine.Invoke("beat").AsNumber());
        Assert.Throws<InvalidOperationException>(() => engine.SetGlobal("key", "B"));
    }

    [Fact]
    public void HostGlobal_CanBeShadowedByAScriptDeclaration()
    {
        var engine = new ScriptEngine();
        engine.SetGlobal("level", 1);

        Assert.True(engine.Evaluate("let level = 2;").Success);
        Assert.Equal(2.0, engine.GetGlobal("level").AsNumber());
    }

    [Fact]
    public void AllowRedeclaration_LetsALaterEvaluationDeclareAConstAgain_AsANotebookCellRerun()
    {
        var output = new StringWriter();
        var engine = new ScriptEngine(output) { AllowRedeclaration = true };

        var first = engine.Evaluate("const cutoff = 800; console.log(cutoff);");
        var again = engine.Evaluate("const cutoff = 1200; console.log(cutoff);");

        Assert.True(first.Success, first.Error);
        Assert.True(again.Success, again.Error);
        Assert.Equal("800\n1200\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
