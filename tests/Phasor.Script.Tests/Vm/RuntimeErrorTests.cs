using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Vm;

/// <summary>Runtime errors name the JavaScript error type and carry the script's own stack of file:line:col frames.</summary>
public sealed class RuntimeErrorTests
{
    [Fact]
    public void UncaughtError_ListsEachScriptFrame_WithFileLineAndColumn()
    {
        const string source = "function inner() {\n  return null.x;\n}\nfunction outer() {\n  return inner();\n}\nouter();\n";

        var result = new ScriptEngine().Evaluate(source, "errs.ts");

        Assert.Equal("TypeError", result.ErrorName);
        var lines = result.Error!.Split('\n');
        Assert.StartsWith("Uncaught TypeError: Cannot read properties of null", lines[0]);
        Assert.Contains("at inner (errs.ts:2:", lines[1]);
        Assert.Contains("at outer (errs.ts:5:", lines[2]);
        Assert.Contains("errs.ts:7:1)", lines[3]);
    }

    [Fact]
    public void ThrownError_PointsAtWhereItWasConstructed()
    {
        var result = new ScriptEngine().Evaluate("const e = new RangeError('bad');\n\nthrow e;\n", "t.ts");

        Assert.Equal("RangeError", result.ErrorName);
        Assert.Contains("RangeError: bad", result.Error);
        Assert.Contains("t.ts:1:", result.Error);
    }

    [Fact]
    public void ErrorSubclass_IsReportedWhereNewWasCalled_NotInsideItsConstructor()
    {
        const string source = "class E extends Error {\n  constructor(m: string) { super(m); }\n}\n\nthrow new E('x');\n";

        var result = new ScriptEngine().Evaluate(source, "s.ts");

        Assert.Contains("\n    at <script> (s.ts:5:", result.Error);
        Assert.DoesNotContain("s.ts:2:", result.Error);
    }

    [Fact]
    public void ThrownNonErrorValue_IsReportedAtTheThrowStatement()
    {
        var result = new ScriptEngine().Evaluate("let a = 1;\nthrow 'plain';\n", "p.ts");

        Assert.Null(result.ErrorName);
        Assert.Equal("Uncaught 'plain'\n    at p.ts:2:1", result.Error);
    }

    [Theory]
    [InlineData("const o: any = { a: {} };\no.a.c();", "o.a.c is not a function")]
    [InlineData("const arr: any = [1];\narr[0]();", "arr[0] is not a function")]
    [InlineData("const o: any = { a: {} };\no[\"a\"].x();", "o.a.x is not a function")]
    [InlineData("const o: any = { a: { b: 1 } };\nnew o.a.b();", "o.a.b is not a constructor")]
    [InlineData("const f: any = () => 1;\nf()();", "f(...) is not a function")]
    public void CallingANonFunction_NamesTheCalleeAsV8Does(string source, string message)
    {
        var result = new ScriptEngine().Evaluate(source, "c.ts");

        Assert.StartsWith("Uncaught TypeError: " + message + "\n    at <script> (c.ts:2:", result.Error);
    }

    [Fact]
    public void ReferenceToUndeclaredName_IsAReferenceError()
    {
        var result = new ScriptEngine().Evaluate("let a = 1;\nconsole.log(b);\n", "r.ts");

        Assert.Equal("ReferenceError", result.ErrorName);
        Assert.Contains("b is not defined", result.Error);
        Assert.Contains("r.ts:2:", result.Error);
    }

    [Fact]
    public void GlobalsPersistBetweenEvaluations_LikeCells()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("let counter = 40;\nfunction bump() { return ++counter; }");

        var result = engine.Evaluate("bump(); bump()");

        Assert.Equal(42.0, result.Value);
    }

    [Fact]
    public void RegisteredHostFunction_IsCallableFromScript()
    {
        var engine = new ScriptEngine();
        engine.RegisterFunction("twice", args => (double)args[0]! * 2);

        Assert.Equal(42.0, engine.Evaluate("twice(21)").Value);
    }
}
