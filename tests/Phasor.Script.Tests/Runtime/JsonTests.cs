using Phasor.Script.Runtime;

namespace Phasor.Script.Tests.Runtime;

/// <summary>JSON.parse and JSON.stringify, with error messages and outputs captured from Node 20.</summary>
public sealed class JsonTests
{
    private readonly RuntimeFixture _fx = new();

    [Theory]
    [InlineData("{\"a\":[1,{\"b\":2}],\"c\":\"x\\ny\"}")]
    [InlineData("[1.5,-2e-7,true,false,null,\"\\u0001\\\"\"]")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void RoundTrips(string json) => Assert.Equal(json, _fx.Stringify(_fx.Json(json)));

    [Theory]
    [InlineData("{\"a\":}", "Unexpected token '}', \"{\"a\":}\" is not valid JSON")]
    [InlineData("", "Unexpected end of JSON input")]
    [InlineData("{", "Expected property name or '}' in JSON at position 1")]
    [InlineData("[1,", "Unexpected end of JSON input")]
    [InlineData("{\"a\" 1}", "Expected ':' after property name in JSON at position 5")]
    [InlineData("12x", "Unexpected non-whitespace character after JSON at position 2")]
    [InlineData("\"abc", "Unterminated string in JSON at position 4")]
    [InlineData("[1 2]", "Expected ',' or ']' after array element in JSON at position 3")]
    [InlineData("-", "No number after minus sign in JSON at position 1")]
    [InlineData("\"\\x\"", "Bad escaped character in JSON at position 2")]
    [InlineData("1e", "Exponent part is missing a number in JSON at position 2")]
    [InlineData("1.", "Unterminated fractional number in JSON at position 2")]
    [InlineData("\"a\nb\"", "Bad control character in string literal in JSON at position 2")]
    [InlineData("{\"a\":1,}", "Expected double-quoted property name in JSON at position 7")]
    [InlineData("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,x,20,21,22,23,24,25,26,27,28]", "Unexpected token 'x', ...\",16,17,18,x,20,21,22\"... is not valid JSON")]
    [InlineData("[x,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22]", "Unexpected token 'x', \"[x,2,3,4,5,\"... is not valid JSON")]
    [InlineData("01", "Unexpected number in JSON at position 1")]
    public void Parse_ReportsV8Messages(string text, string message) =>
        Assert.Equal("SyntaxError: " + message, _fx.ErrorOf(() => _fx.Json(text)));

    [Fact]
    public void Stringify_IndentsSkipsUndefinedAndUsesToJson()
    {
        var value = _fx.Json("{\"a\":[1,{\"b\":2}],\"n\":null}");
        value.Object.Set(_fx.Realm, "u", JsValue.Undefined);
        value.Object.Set(_fx.Realm, "f", _fx.Function(_ => default));
        value.Object.Set(_fx.Realm, "nan", double.NaN);
        value.Object.Set(_fx.Realm, "z", -0.0);
        var expected = "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"n\": null,\n  \"nan\": null,\n  \"z\": 0\n}";
        Assert.Equal(expected, Conversions.ToString(_fx.Realm, _fx.Call("JSON.stringify", value, JsValue.Null, 2)));
        Assert.Equal("[\n--1,\n--[\n----2,\n----[]\n--]\n]",
            Conversions.ToString(_fx.Realm, _fx.Call("JSON.stringify", _fx.Json("[1,[2,[]]]"), JsValue.Null, "--")));
        Assert.Equal("{\"a\":1,\"c\":3}", Conversions.ToString(_fx.Realm,
            _fx.Call("JSON.stringify", _fx.Json("{\"a\":1,\"b\":2,\"c\":3}"), _fx.Json("[\"a\",\"c\"]"))));
        var withToJson = _fx.Realm.CreateObject();
        withToJson.Set(_fx.Realm, "toJSON", _fx.Function(_ => "T"));
        Assert.Equal("{\"a\":\"T\"}", _fx.Stringify(_fx.Realm.CreateObject().Also(o => o.Set(_fx.Realm, "a", withToJson))));
        Assert.True(_fx.Call("JSON.stringify", JsValue.Undefined).IsUndefined);
        Assert.Equal("\"\\ud800\"", _fx.Stringify("\ud800"));
    }

    [Fact]
    public void Stringify_Cycles_ThrowV8TypeError()
    {
        var a = _fx.Json("{\"b\":{\"c\":{}}}").Object;
        a.Get(_fx.Realm, "b").Object.Get(_fx.Realm, "c").Object.Set(_fx.Realm, "d", a);
        Assert.Equal("TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n"
            + "    |     property 'b' -> object with constructor 'Object'\n    |     property 'c' -> object with constructor 'Object'\n"
            + "    --- property 'd' closes the circle", _fx.ErrorOf(() => _fx.Stringify(a)));
    }
}

/// <summary>A small fluent helper for building test values inline.</summary>
internal static class TestExtensions
{
    public static JsObject Also(this JsObject obj, Action<JsObject> action)
    {
        action(obj);
        return obj;
    }
}
