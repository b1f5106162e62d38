using Phasor.Script.Runtime;

namespace Phasor.Script.Tests.Runtime;

/// <summary>console.log / util.inspect formatting; every expected string was captured from Node 20.</summary>
public sealed class InspectorTests
{
    // Each case: a JSON text (or a named generated array) and Node's util.inspect of the parsed value.
    public static TheoryData<string, string> NodeCases => new()
    {
        { "[1,2,3]", "[ 1, 2, 3 ]" },
        { "{\"a\":1,\"b\":\"x\"}", "{ a: 1, b: 'x' }" },
        { "[]", "[]" },
        { "{}", "{}" },
        { "{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", "{ a: { b: { c: [Object] } } }" },
        { "[[1,[2,[3,[4]]]]]", "[ [ 1, [ 2, [Array] ] ] ]" },
        { "[\"a\",\"b\"]", "[ 'a', 'b' ]" },
        { "[-0, 0, 1.5]", "[ -0, 0, 1.5 ]" },
        { "{\"a\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}", "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}" },
        { "[\"aaaaaaaaaaaaaaaaaaaaaaa\",\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\",\"cccccccccccccccccccc\"]", "[\n  'aaaaaaaaaaaaaaaaaaaaaaa',\n  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  'cccccccccccccccccccc'\n]" },
        { "SQUARES", "[\n    0,   1,   4,   9,  16,  25,  36,  49,\n   64,  81, 100, 121, 144, 169, 196, 225,\n  256, 289, 324, 361, 400, 441, 484, 529,\n  576, 625, 676, 729, 784, 841\n]" },
        { "STRS", "[\n  's0',  's1',  's2',  's3',  's4',\n  's5',  's6',  's7',  's8',  's9',\n  's10', 's11', 's12', 's13', 's14',\n  's15', 's16', 's17', 's18', 's19',\n  's20', 's21', 's22', 's23', 's24',\n  's25', 's26', 's27', 's28', 's29'\n]" },
        { "RANGE120", "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]" },
        { "[1.5,-0,0,null,\"a\\nb\",\"it's\",\"q\\\"\",true,false,null,1]", "[\n  1.5,  -0,     0,\n  null, 'a\\nb', \"it's\",\n  'q\"', true,   false,\n  null, 1\n]" },
        { "{\"a-b\":1,\"2\":3,\"c d\":4,\"_x\":5}", "{ '2': 3, 'a-b': 1, 'c d': 4, _x: 5 }" },
        { "{\"a\":1,\"b\":\"two\",\"c\":[1,2,3],\"d\":{\"e\":{\"f\":1}},\"g\":null,\"i\":true}", "{\n  a: 1,\n  b: 'two',\n  c: [ 1, 2, 3 ],\n  d: { e: { f: 1 } },\n  g: null,\n  i: true\n}" },
        { "[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4}]", "[ { a: 1, b: 2 }, { a: 3, b: 4 } ]" },
        { "{\"list\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28]}", "{\n  list: [\n     1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16,\n    17, 18, 19, 20, 21, 22, 23, 24,\n    25, 26, 27, 28\n  ]\n}" },
        { "{\"x\":\"line1\\nline2 that is long enough to exceed the break length for sure yes it is long\"}", "{\n  x: 'line1\\n' +\n    'line2 that is long enough to exceed the break length for sure yes it is long'\n}" },
        { "[[1,2],[3,4]]", "[ [ 1, 2 ], [ 3, 4 ] ]" },
        { "[{\"a\":{\"b\":{\"c\":1}}}]", "[ { a: { b: [Object] } } ]" },
        { "WORDS", "[\n  'the',   'quick',\n  'brown', 'fox',\n  'jumps', 'over',\n  'the',   'lazy',\n  'dog',   'again',\n  'and',   'again'\n]" },
        { "MIXED", "[ 1, 'two', 3, 'four', 5, 'six', 7, 'eight' ]" },
    };

    private readonly RuntimeFixture _fx = new();

    [Theory]
    [MemberData(nameof(NodeCases))]
    public void Inspect_MatchesNode(string source, string expected) => Assert.Equal(expected, _fx.Inspect(Build(source)));

    private JsValue Build(string source)
    {
        var r = _fx.Realm;
        return source switch
        {
            "SQUARES" => r.CreateArray(Enumerable.Range(0, 30).Select(i => (JsValue)(i * i)).ToArray()),
            "STRS" => r.CreateArray(Enumerable.Range(0, 30).Select(i => (JsValue)("s" + i)).ToArray()),
            "RANGE120" => r.CreateArray(Enumerable.Range(0, 120).Select(i => (JsValue)i).ToArray()),
            "WORDS" => _fx.Invoke("the quick brown fox jumps over the lazy dog again and again", "split", " "),
            "MIXED" => r.CreateArray([1, "two", 3, "four", 5, "six", 7, "eight"]),
            _ => _fx.Json(source),
        };
    }

    [Fact]
    public void ClassInstances_MapsSetsAndFunctions_PrintLikeNode()
    {
        // class Point { constructor() { this.x = 1; this.y = 2 } }
        var r = _fx.Realm;
        var pointProto = r.CreateObject();
        var point = r.DefineConstructor("Point", 0, pointProto, (_, _, _) => default, (_, _, _) => default);
        var p = new JsObject(pointProto);
        p.Set(r, "x", 1);
        p.Set(r, "y", 2);
        Assert.Equal("Point { x: 1, y: 2 }", _fx.Inspect(p));
        Assert.Equal("[ Point { x: 1, y: 2 } ]", _fx.Inspect(r.CreateArray([p])));
        Assert.Equal("Point {}", _fx.Inspect(new JsObject(pointProto)));
        Assert.Equal("[Function: Point]", _fx.Inspect(point));

        var map = _fx.New("Map");
        _fx.Invoke(map, "set", "a", 1);
        _fx.Invoke(map, "set", "b", _fx.Json("{\"c\":2}"));
        Assert.Equal("Map(2) { 'a' => 1, 'b' => { c: 2 } }", _fx.Inspect(map));
        Assert.Equal("Set(2) { 1, 'x' }", _fx.Inspect(_fx.New("Set", r.CreateArray([1, "x"]))));
        Assert.Equal("Map(0) {}", _fx.Inspect(_fx.New("Map")));
        Assert.Equal("Set(0) {}", _fx.Inspect(_fx.New("Set")));
        Assert.Equal("[Object: null prototype] {}", _fx.Inspect(new JsObject((JsObject?)null)));
        Assert.Equal("[Function: max]", _fx.Inspect(_fx.Global("Math.max")));
    }

    [Fact]
    public void HolesCyclesAndAccessors_PrintLikeNode()
    {
        var r = _fx.Realm;
        var holes = r.CreateArray();
        holes.SetIndex(r, 0, 1);
        holes.SetIndex(r, 2, 3);
        Assert.Equal("[ 1, <1 empty item>, 3 ]", _fx.Inspect(holes));
        var empty = r.CreateArray();
        empty.SetLength(5);
        Assert.Equal("[ <5 empty items> ]", _fx.Inspect(empty));

        var self = r.CreateObject();
        self.Set(r, "self", self);
        Assert.Equal("<ref *1> { self: [Circular *1] }", _fx.Inspect(self));

        var accessors = r.CreateObject();
        var getter = _fx.Function(_ => 1);
        accessors.DefineAccessor("a", getter, null, PropertyFlags.Enumerable | PropertyFlags.Configurable);
        accessors.DefineAccessor("b", null, getter, PropertyFlags.Enumerable | PropertyFlags.Configurable);
        accessors.DefineAccessor("c", getter, getter, PropertyFlags.Enumerable | PropertyFlags.Configurable);
        Assert.Equal("{ a: [Getter], b: [Setter], c: [Getter/Setter] }", _fx.Inspect(accessors));
    }

    [Fact]
    public void Errors_WithoutStackFrames_PrintInBrackets()
    {
        var error = (JsError)_fx.New("Error", "boom").Object;
        Assert.Equal("[Error: boom]", _fx.Inspect(error));
        error.Set(_fx.Realm, "code", 1);
        Assert.Equal("[Error: boom] { code: 1 }", _fx.Inspect(error));
        Assert.Equal("[TypeError: tt]", _fx.Inspect(_fx.New("TypeError", "tt")));
        var withStack = (JsError)_fx.New("Error", "bad").Object;
        withStack.Set(_fx.Realm, "stack", "Error: bad\n    at foo (x.js:1:1)");
        Assert.Equal("[\n  Error: bad\n      at foo (x.js:1:1)\n]", _fx.Inspect(_fx.Realm.CreateArray([withStack])));
    }

    [Fact]
    public void ConsoleLog_JoinsArguments_AndAppliesFormatSpecifiers()
    {
        _fx.Call("console.log", "%s is %d years and %i, %f, %j %%", "bob", 42.5, 42.5, "3.5", _fx.Json("{\"a\":1}"));
        _fx.Call("console.log", "a", 1, "b", _fx.Json("{\"x\":\"y\"}"), -0.0, _fx.Realm.CreateArray([-0.0]));
        Assert.Equal("bob is 42.5 years and 42, 3.5, {\"a\":1} %\na 1 b { x: 'y' } -0 [ -0 ]\n", _fx.Output.ToString());
    }
}
