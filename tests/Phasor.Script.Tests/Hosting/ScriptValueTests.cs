using Phasor.Script.Hosting;

namespace Phasor.Script.Tests.Hosting;

/// <summary>Values across the boundary: building objects in C#, reading script values back, converting both ways.</summary>
public sealed class ScriptValueTests
{
    [Fact]
    public void ObjectBuiltInCSharp_WithNestedObjectsArraysAndMethods_IsUsableFromScript()
    {
        var output = new StringWriter { NewLine = "\n" };
        var engine = new ScriptEngine(output);
        var settings = engine.CreateObject();
        settings["rate"] = 48_000;
        settings["name"] = "main";
        settings["tags"] = engine.CreateArray("a", "b");
        settings["gains"] = engine.CreateArray([0.5, 0.25]);
        var limits = engine.CreateObject();
        limits["max"] = 1;
        settings["limits"] = limits;
        settings["scale"] = engine.CreateFunction("scale", (double x) => x * 2);
        engine.SetGlobal("settings", settings);

        engine.Evaluate("console.log(settings.rate / 1000, settings.tags.join('+'), settings.limits.max, settings.scale(21), settings.gains[1]);");
        engine.Evaluate("console.log(settings);");

        Assert.Equal(
            "48 a+b 1 42 0.25\n{\n  rate: 48000,\n  name: 'main',\n  tags: [ 'a', 'b' ],\n  gains: [ 0.5, 0.25 ],\n  limits: { max: 1 },\n  scale: [Function: scale]\n}\n",
            output.ToString());
    }

    [Fact]
    public void GlobalsDeclaredByScripts_AreReadableWithTypeTestsAndAccessors()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("let n = 1.5; const s = 'hz'; var flag = true; const list = [1, 'two', { three: 3 }]; let nothing = null;");

        var n = engine.GetGlobal("n");
        var list = engine.GetGlobal("list");

        Assert.True(n.IsNumber);
        Assert.Equal(ScriptValueKind.Number, n.Kind);
        Assert.Equal(1.5, n.AsNumber());
        Assert.Equal("hz", engine.GetGlobal("s").AsString());
        Assert.True(engine.GetGlobal("flag").AsBoolean());
        Assert.True(engine.GetGlobal("nothing").IsNull);
        Assert.True(engine.GetGlobal("missing").IsUndefined);
        Assert.True(list.IsArray);
        Assert.Equal(3, list.Length);
        Assert.Equal("two", list[1].AsString());
        Assert.Equal(3.0, list[2]["three"].AsNumber());
        Assert.Equal(["three"], list[2].Keys());
        Assert.True(engine.GetGlobal("Math")["PI"].IsNumber);
    }

    [Fact]
    public void StrictAccessors_ThrowOnTheWrongKind_ConversionsConvert()
    {
        var engine = new ScriptEngine();
        var text = engine.Evaluate("'42'").CompletionValue;

        var error = Assert.Throws<InvalidOperationException>(() => text.AsNumber());

        Assert.Equal("The value is a string, not a number.", error.Message);
        Assert.Equal(42.0, text.ToNumber());
        Assert.True(text.ToBoolean());
        Assert.Equal(7.0, engine.Evaluate("({ valueOf() { return 7; } })").CompletionValue.ToNumber());
    }

    [Fact]
    public void ToString_FormatsAsConsoleLogDoes()
    {
        var engine = new ScriptEngine();

        Assert.Equal("plain", engine.Evaluate("'plain'").CompletionValue.ToString());
        Assert.Equal("-0", engine.Evaluate("-0").CompletionValue.ToString());
        Assert.Equal("undefined", ScriptValue.Undefined.ToString());
        Assert.Equal("{ a: 1, b: [ 'x', null ] }", engine.Evaluate("({ a: 1, b: ['x', null] })").CompletionValue.ToString());
        Assert.Equal("[Function: f]", engine.Evaluate("function f() {}\nf").CompletionValue.ToString());
    }

    [Fact]
    public void PropertyWrites_FromCSharp_AreSeenByScript_AndArraysGrow()
    {
        var engine = new ScriptEngine();
        engine.Evaluate("const state = { count: 0 }; const items: number[] = [];");
        var state = engine.GetGlobal("state");
        var items = engine.GetGlobal("items");

        state["count"] = 5;
        items[2] = 9;

        Assert.Equal("5 3 true", engine.Evaluate("`${state.count} ${items.length} ${1 in items === false}`").Value);
        Assert.True(state.Delete("count"));
        Assert.False(state.Has("count"));
    }

    [Fact]
    public void WritingAFrozenObject_IsAScriptTypeError()
    {
        var engine = new ScriptEngine();
        var frozen = engine.Evaluate("Object.freeze({ a: 1 })").CompletionValue;

        var error = Assert.Throws<ScriptErrorException>(() => frozen["a"] = 2);

        Assert.Equal("TypeError", error.ErrorName);
        Assert.Equal("Cannot assign to read only property 'a' of object '#<Object>'", error.ErrorMessage);
    }

    [Fact]
    public void ToValue_AndToObject_ConvertPlainDataBothWays()
    {
        var engine = new ScriptEngine();
        var data = new Dictionary<string, object?>
        {
            ["freq"] = 440,
            ["wave"] = "saw",
            ["on"] = true,
            ["steps"] = new[] { 1.0, 0.5 },
            ["env"] = new Dictionary<string, object?> { ["attack"] = 0.01f, ["release"] = null },
        };
        engine.SetGlobal("patch", engine.ToValue(data));

        var back = engine.Evaluate("patch.steps.push(0.25); patch").CompletionValue.ToObject();

        var dictionary = Assert.IsType<Dictionary<string, object?>>(back);
        Assert.Equal(440.0, dictionary["freq"]);
        Assert.Equal("saw", dictionary["wave"]);
        Assert.Equal(true, dictionary["on"]);
        Assert.Equal(new object?[] { 1.0, 0.5, 0.25 }, dictionary["steps"]);
        var env = Assert.IsType<Dictionary<string, object?>>(dictionary["env"]);
        Assert.Equal((double)0.01f, env["attack"]);
        Assert.Null(env["release"]);
    }

    [Fact]
    public void ToObject_OfACyclicValue_Throws()
    {
        var engine = new ScriptEngine();
        var cyclic = engine.Evaluate("const a: any = {}; a.self = a; a").CompletionValue;

        Assert.Throws<InvalidOperationException>(() => cyclic.ToObject());
    }

    [Fact]
    public void ObjectsOfOneEngine_CannotBePassedToAnother()
    {
        var first = new ScriptEngine();
        var second = new ScriptEngine();
        var obj = first.CreateObject();

        Assert.Throws<ArgumentException>(() => second.SetGlobal("x", obj));
        second.SetGlobal("n", first.Evaluate("21 * 2").CompletionValue);
        Assert.Equal(42.0, second.Evaluate("n").Value);
    }

    [Fact]
    public void ValueMadeInCSharp_HasNoEngine_ForPropertyAccess()
    {
        ScriptValue text = "abc";

        Assert.Null(text.Engine);
        Assert.Throws<InvalidOperationException>(() => text.Get("length"));
        Assert.Equal(3, text.Length);
    }

    [Fact]
    public void Equality_IsSameValueZero()
    {
        var engine = new ScriptEngine();
        var o = engine.Evaluate("const o = {}; o").CompletionValue;

        Assert.Equal(o, engine.GetGlobal("o"));
        Assert.NotEqual(o, engine.Evaluate("({})").CompletionValue);
        Assert.Equal(ScriptValue.FromNumber(double.NaN), engine.Evaluate("NaN").CompletionValue);
        Assert.Equal((ScriptValue)0, engine.Evaluate("-0").CompletionValue);
        Assert.True((ScriptValue)"a" == engine.Evaluate("'a'").CompletionValue);
    }
}
