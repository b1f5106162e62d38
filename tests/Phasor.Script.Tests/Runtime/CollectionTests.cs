using Phasor.Script.Runtime;

namespace Phasor.Script.Tests.Runtime;

/// <summary>Map and Set: SameValueZero keys, insertion order, deletion during iteration.</summary>
public sealed class CollectionTests
{
    private readonly RuntimeFixture _fx = new();

    [Fact]
    public void Map_UsesSameValueZeroKeys()
    {
        var map = _fx.New("Map");
        _fx.Invoke(map, "set", double.NaN, "nan");
        _fx.Invoke(map, "set", -0.0, "zero");
        _fx.Invoke(map, "set", "1", "string one");
        _fx.Invoke(map, "set", 1, "number one");
        Assert.Equal("nan", _fx.Invoke(map, "get", double.NaN).String);
        Assert.Equal("zero", _fx.Invoke(map, "get", 0).String);
        Assert.Equal("string one", _fx.Invoke(map, "get", "1").String);
        Assert.Equal(4, MemberAccess.Get(_fx.Realm, map, "size").Number);
        Assert.Equal("Map(4) {\n  NaN => 'nan',\n  0 => 'zero',\n  '1' => 'string one',\n  1 => 'number one'\n}", _fx.Inspect(map));
    }

    [Fact]
    public void Iteration_SeesAdditions_AndSkipsDeletions()
    {
        var set = _fx.New("Set", _fx.Json("[1,2,3]"));
        var seen = new List<double>();
        _fx.Invoke(set, "forEach", _fx.Function(a =>
        {
            seen.Add(a[0].Number);
            if (a[0].Number == 1)
            {
                _fx.Invoke(set, "delete", 2);
                _fx.Invoke(set, "add", 4);
            }
            return default;
        }));
        Assert.Equal([1, 3, 4], seen);
    }

    [Fact]
    public void ManyDeletes_KeepOrderAfterCompaction()
    {
        var map = _fx.New("Map");
        for (var i = 0; i < 100; i++)
        {
            _fx.Invoke(map, "set", i, i);
        }
        for (var i = 0; i < 95; i++)
        {
            _fx.Invoke(map, "delete", i);
        }
        for (var i = 100; i < 200; i++)
        {
            _fx.Invoke(map, "set", i, i);
            _fx.Invoke(map, "delete", i);
        }
        Assert.Equal("[ 95, 96, 97, 98, 99 ]", _fx.Inspect(_fx.Call("Array.from", _fx.Invoke(map, "keys"))));
    }

    [Fact]
    public void WrongReceiver_ThrowsV8Message() =>
        Assert.Equal("TypeError: Method Map.prototype.get called on incompatible receiver #<Object>",
            _fx.ErrorOf(() => _fx.Realm.Call(_fx.Global("Map.prototype.get"), _fx.Realm.CreateObject(), [1])));
}
