using Phasor.Script.Runtime;

namespace Phasor.Script.Tests.Runtime;

/// <summary>Shapes, property order, prototype lookup, accessors, freezing and for-in enumeration.</summary>
public sealed class ObjectModelTests
{
    private readonly RuntimeFixture _fx = new();

    private Realm R => _fx.Realm;

    [Fact]
    public void ObjectsBuiltWithTheSameKeysInTheSameOrder_ShareAShape()
    {
        var a = R.CreateObject();
        var b = R.CreateObject();
        a.Set(R, "x", 1);
        a.Set(R, "y", 2);
        b.Set(R, "x", 3);
        b.Set(R, "y", 4);
        Assert.Same(a.Shape, b.Shape);
        var c = R.CreateObject();
        c.Set(R, "y", 1);
        c.Set(R, "x", 2);
        Assert.NotSame(a.Shape, c.Shape);
        Assert.Equal(1, a.Shape.Find("y", out var flags));
        Assert.Equal(PropertyFlags.Default, flags);
    }

    [Fact]
    public void Delete_SwitchesToDictionaryMode_AndKeepsOtherProperties()
    {
        var o = R.CreateObject();
        o.Set(R, "a", 1);
        o.Set(R, "b", 2);
        o.Set(R, "c", 3);
        Assert.False(o.Shape.IsDictionary);
        Assert.True(o.Delete(R, "b"));
        Assert.True(o.Shape.IsDictionary);
        Assert.Equal(["a", "c"], o.OwnKeys(onlyEnumerable: true));
        o.Set(R, "b", 4);
        Assert.Equal(["a", "c", "b"], o.OwnKeys(onlyEnumerable: true));
        Assert.Equal(4, o.Get(R, "b").Number);
    }

    [Fact]
    public void ManyProperties_SwitchToDictionaryMode()
    {
        var o = R.CreateObject();
        for (var i = 0; i < Shape.MaxFastProperties + 10; i++)
        {
            o.Set(R, "k" + i, i);
        }
        Assert.True(o.Shape.IsDictionary);
        Assert.Equal(70, o.Get(R, "k70").Number);
    }

    [Fact]
    public void OwnKeys_ListIntegerKeysAscendingThenStringsInInsertionOrder()
    {
        var o = _fx.Json("{\"b\":1,\"2\":1,\"a\":1,\"1\":1,\"-1\":1,\"01\":1}").Object;
        Assert.Equal(["1", "2", "b", "a", "-1", "01"], o.OwnKeys(onlyEnumerable: true));
    }

    [Fact]
    public void Lookup_ReportsTheHolderAndSlot_ForInlineCaches()
    {
        var proto = R.CreateObject();
        proto.Set(R, "greet", "hi");
        var o = new JsObject(proto);
        o.Set(R, "own", 1);
        var own = o.Lookup("own");
        Assert.Same(o, own.Holder);
        Assert.True(own.IsCacheable);
        var inherited = o.Lookup("greet");
        Assert.Same(proto, inherited.Holder);
        Assert.Equal("hi", inherited.Holder!.Slots[inherited.Slot].String);
        Assert.False(o.Lookup("missing").Found);
        Assert.Same(proto, o.Shape.Prototype);
    }

    [Fact]
    public void AddingAPropertyToAPrototype_BumpsThePrototypeEpoch()
    {
        var proto = R.CreateObject();
        var o = new JsObject(proto);
        var before = Shape.PrototypeEpoch;
        var shape = o.Shape;
        proto.Set(R, "later", 1);
        Assert.NotEqual(before, Shape.PrototypeEpoch);
        Assert.Same(shape, o.Shape);
        Assert.Equal(1, o.Get(R, "later").Number);
    }

    [Fact]
    public void Accessors_RunGettersAndSettersWithTheReceiver()
    {
        var log = new List<string>();
        var proto = R.CreateObject();
        proto.DefineAccessor("v",
            R.CreateFunction("get v", 0, (_, t, _) => t.Object.Get(R, "_v")),
            R.CreateFunction("set v", 1, (r, t, a) =>
            {
                log.Add(Conversions.ToString(r, a[0]));
                t.Object.Set(r, "_v", a[0]);
                return default;
            }));
        var o = new JsObject(proto);
        o.Set(R, "v", 5);
        Assert.Equal(5, o.Get(R, "v").Number);
        Assert.Equal(["5"], log);
        Assert.False(o.HasOwnProperty("v"));
    }

    [Fact]
    public void Freeze_RejectsWrites_SilentlyOrWithTypeErrorInStrictCode()
    {
        var o = _fx.Json("{\"a\":1}").Object;
        o.Freeze();
        Assert.False(o.Set(R, "a", 2));
        Assert.Equal(1, o.Get(R, "a").Number);
        Assert.Equal("TypeError: Cannot assign to read only property 'a' of object '#<Object>'",
            _fx.ErrorOf(() => o.Set(R, "a", 2, throwOnFailure: true)));
        Assert.Equal("TypeError: Cannot add property b, object is not extensible",
            _fx.ErrorOf(() => o.Set(R, "b", 2, throwOnFailure: true)));
        Assert.True(o.IsFrozen());
    }

    [Fact]
    public void ForIn_VisitsEnumerableOwnThenInheritedKeysOnce()
    {
        var proto = _fx.Json("{\"a\":1,\"p\":2}").Object;
        var o = new JsObject(proto);
        o.Set(R, "z", 1);
        o.Set(R, "a", 2);
        o.DefineOwn("hidden", 1, PropertyFlags.Hidden);
        Assert.Equal(["z", "a", "p"], o.ForInKeys());
    }

    [Fact]
    public void PropertyAccessOnPrimitives_UsesTheirPrototypes()
    {
        Assert.Equal(3, MemberAccess.Get(R, "abc", "length").Number);
        Assert.Equal("b", MemberAccess.Get(R, "abc", 1).String);
        Assert.Equal("ABC", _fx.Invoke("abc", "toUpperCase").String);
        Assert.Equal("1.50", _fx.Invoke(1.5, "toFixed", 2).String);
        Assert.Equal("TypeError: Cannot read properties of undefined (reading 'x')",
            _fx.ErrorOf(() => MemberAccess.Get(R, JsValue.Undefined, "x")));
        Assert.Equal("TypeError: Cannot set properties of null (setting 'x')",
            _fx.ErrorOf(() => MemberAccess.Set(R, JsValue.Null, "x", 1, strict: true)));
    }

    [Fact]
    public void DefaultJsValue_IsUndefined()
    {
        JsValue value = default;
        Assert.True(value.IsUndefined);
        Assert.False(value.IsNumber);
        Assert.Equal(16, System.Runtime.CompilerServices.Unsafe.SizeOf<JsValue>());
    }
}
