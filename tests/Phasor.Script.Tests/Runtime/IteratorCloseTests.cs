using Phasor.Script.Hosting;
using Phasor.Script.Runtime;

namespace Phasor.Script.Tests.Runtime;

/// <summary>
/// IteratorClose for built-in iterators: an iterator the engine made for a loop is released when the loop stops early
/// (so a Map can compact again), one the script holds stays usable because built-in iterators have no return().
/// Script-visible behaviour is pinned by Corpus/control/for_of_iterator_close.ts.
/// </summary>
public sealed class IteratorCloseTests
{
    [Fact]
    public void Close_ReleasesAnInternalMapIterator_SoTheTableMayCompact()
    {
        var fixture = new RuntimeFixture();
        var map = new JsMap(fixture.Realm.MapPrototype.RootShapeForChildren);
        map.Table.Set(JsValue.FromNumber(1), JsValue.FromNumber(1));
        map.Table.Set(JsValue.FromNumber(2), JsValue.FromNumber(2));

        var iterator = Iteration.GetIterator(fixture.Realm, map);
        Assert.True(iterator.TryStep(fixture.Realm, out _));
        Assert.Equal(1, map.Table.ActiveIterators);

        iterator.Close();
        Assert.Equal(0, map.Table.ActiveIterators);
        Assert.False(iterator.TryStep(fixture.Realm, out _));
    }

    [Fact]
    public void Close_LeavesAScriptHeldIteratorUsable()
    {
        var fixture = new RuntimeFixture();
        var map = new JsMap(fixture.Realm.MapPrototype.RootShapeForChildren);
        map.Table.Set(JsValue.FromNumber(1), JsValue.FromNumber(10));
        map.Table.Set(JsValue.FromNumber(2), JsValue.FromNumber(20));
        var held = new CollectionIterator(fixture.Realm, map.Table, IterationKind.Values, isSet: false);

        Assert.Same(held, Iteration.GetIterator(fixture.Realm, held));
        Assert.True(held.TryStep(fixture.Realm, out var first));
        held.Close();

        Assert.Equal(10, first.Number);
        Assert.True(held.TryStep(fixture.Realm, out var second));
        Assert.Equal(20, second.Number);
    }

    [Fact]
    public void BreakOutOfForOf_OverAMap_ReleasesItsIterator()
    {
        var engine = new ScriptEngine();
        var result = engine.Evaluate("const m = new Map([[1, 1], [2, 2]]); for (const [k] of m) { if (k === 1) break; } m");

        Assert.True(result.Success, result.Error);
        var map = Assert.IsType<JsMap>(result.Value);
        Assert.Equal(0, map.Table.ActiveIterators);
    }

    [Theory]
    [InlineData("Object.defineProperty([1], 0, { get() { return 2; } })")]
    [InlineData("const a: any = []; Object.defineProperty(a, '3', { set(v: number) {} })")]
    public void AccessorElementsOnArrays_AreRefusedWithATypeError(string source)
    {
        var result = new ScriptEngine().Evaluate(source);

        Assert.Equal("TypeError", result.ErrorName);
        Assert.Contains("not supported", result.Error, StringComparison.Ordinal);
    }
}
