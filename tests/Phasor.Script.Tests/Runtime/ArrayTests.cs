using Phasor.Script.Runtime;

namespace Phasor.Script.Tests.Runtime;

/// <summary>Arrays: length writes, holes, sparse storage and Array.prototype methods (expectations from Node).</summary>
public sealed class ArrayTests
{
    private readonly RuntimeFixture _fx = new();

    private Realm R => _fx.Realm;

    private string Show(JsValue value) => _fx.Inspect(value);

    [Fact]
    public void WritingLength_TruncatesAndExtendsWithHoles()
    {
        var a = _fx.Json("[1,2,3,4]").Object;
        a.Set(R, "length", 2);
        Assert.Equal("[ 1, 2 ]", Show(a));
        a.Set(R, "length", 4);
        Assert.Equal("[ 1, 2, <2 empty items> ]", Show(a));
        Assert.True(a.GetIndex(R, 3).IsUndefined);
        Assert.Equal("RangeError: Invalid array length", _fx.ErrorOf(() => a.Set(R, "length", -1)));
    }

    [Fact]
    public void HugeIndex_FallsBackToSparseStorage()
    {
        var a = R.CreateArray();
        a.SetIndex(R, 0, "first");
        a.SetIndex(R, 4_000_000_000, "far");
        Assert.False(a.IsDense);
        Assert.Equal(4_000_000_001u, a.Length);
        Assert.Equal("far", a.GetIndex(R, 4_000_000_000).String);
        Assert.Equal(["0", "4000000000", "length"], a.OwnKeys(onlyEnumerable: false));
    }

    [Fact]
    public void Sort_IsStable_AndPutsUndefinedLast()
    {
        var items = _fx.Json("[{\"k\":2,\"n\":\"a\"},{\"k\":1,\"n\":\"b\"},{\"k\":2,\"n\":\"c\"},{\"k\":1,\"n\":\"d\"}]");
        var byK = _fx.Function(a => a[0].Object.Get(R, "k").Number - a[1].Object.Get(R, "k").Number);
        _fx.Invoke(items, "sort", byK);
        Assert.Equal("[{\"k\":1,\"n\":\"b\"},{\"k\":1,\"n\":\"d\"},{\"k\":2,\"n\":\"a\"},{\"k\":2,\"n\":\"c\"}]", _fx.Stringify(items));

        var mixed = R.CreateArray([10, 9, JsValue.Undefined, 1, "b", "a", 100]);
        _fx.Invoke(mixed, "sort");
        Assert.Equal("[ 1, 10, 100, 9, 'a', 'b', undefined ]", Show(mixed));
    }

    [Fact]
    public void Methods_MatchNode()
    {
        var a = _fx.Json("[1,2,3,4,5]");
        Assert.Equal("[ 2, 3 ]", Show(_fx.Invoke(a, "slice", 1, 3)));
        Assert.Equal("[ 4, 5 ]", Show(_fx.Invoke(a, "slice", -2)));
        Assert.Equal("1-2-3-4-5", _fx.Invoke(a, "join", "-").String);
        Assert.Equal(15, _fx.Invoke(a, "reduce", _fx.Function(x => x[0].Number + x[1].Number)).Number);
        Assert.Equal("[ 2, 4, 6, 8, 10 ]", Show(_fx.Invoke(a, "map", _fx.Function(x => x[0].Number * 2))));
        Assert.Equal("[ 2, 4 ]", Show(_fx.Invoke(a, "filter", _fx.Function(x => x[0].Number % 2 == 0))));
        Assert.Equal(2, _fx.Invoke(a, "indexOf", 3).Number);
        Assert.True(_fx.Invoke(a, "includes", 5).Boolean);
        Assert.Equal(5, _fx.Invoke(a, "at", -1).Number);
        Assert.Equal(4, _fx.Invoke(a, "findLast", _fx.Function(x => x[0].Number < 5)).Number);

        var removed = _fx.Invoke(a, "splice", 1, 2, "x", "y", "z");
        Assert.Equal("[ 2, 3 ]", Show(removed));
        Assert.Equal("[ 1, 'x', 'y', 'z', 4, 5 ]", Show(a));
        Assert.Equal(7, _fx.Invoke(a, "unshift", 0).Number);
        Assert.Equal(0, _fx.Invoke(a, "shift").Number);
        Assert.Equal(5, _fx.Invoke(a, "pop").Number);
        Assert.Equal("[ 4, 'z', 'y', 'x', 1 ]", Show(_fx.Invoke(a, "reverse")));
        Assert.Equal("[ 1, 2, 3, [ 4 ] ]", Show(_fx.Invoke(_fx.Json("[1,[2,[3,[4]]]]"), "flat", 2)));
        Assert.Equal("[ 1, 2, 3, 4 ]", Show(_fx.Invoke(_fx.Json("[1,2]"), "concat", _fx.Json("[3]"), 4)));
        Assert.Equal("[ 0, 0, 0 ]", Show(_fx.Invoke(_fx.Call("Array", 3), "fill", 0)));
        Assert.Equal("TypeError: Reduce of empty array with no initial value",
            _fx.ErrorOf(() => _fx.Invoke(R.CreateArray(), "reduce", _fx.Function(x => x[0]))));
        Assert.Equal("TypeError: 5 is not a function", _fx.ErrorOf(() => _fx.Invoke(a, "map", 5)));
    }

    [Fact]
    public void ArrayFrom_AcceptsStringsMapsSetsAndArrayLikes()
    {
        Assert.Equal("[ 'a', 'b' ]", Show(_fx.Call("Array.from", "ab")));
        var map = _fx.New("Map", _fx.Json("[[1,2],[3,4]]"));
        Assert.Equal("[ [ 1, 2 ], [ 3, 4 ] ]", Show(_fx.Call("Array.from", map)));
        Assert.Equal("[ 1, 2 ]", Show(_fx.Call("Array.from", _fx.New("Set", _fx.Json("[1,2,1]")))));
        Assert.Equal("[ undefined, undefined ]", Show(_fx.Call("Array.from", _fx.Json("{\"length\":2}"))));
        Assert.Equal("[ 0, 2, 4 ]", Show(_fx.Call("Array.from", _fx.Json("[0,1,2]"), _fx.Function(x => x[0].Number * 2))));
    }

    [Fact]
    public void ArrayIterators_ReturnValueDoneRecords()
    {
        var iterator = _fx.Invoke(_fx.Json("[7]"), "entries");
        Assert.Equal("{ value: [ 0, 7 ], done: false }", Show(_fx.Invoke(iterator, "next")));
        Assert.Equal("{ value: undefined, done: true }", Show(_fx.Invoke(iterator, "next")));
    }
}
