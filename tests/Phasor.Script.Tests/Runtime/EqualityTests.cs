using Phasor.Script.Runtime;

namespace Phasor.Script.Tests.Runtime;

/// <summary>The == and &lt; tables over a mix of primitives and objects, captured from Node 20.</summary>
public sealed class EqualityTests
{
    // Rows and columns follow Names; '1' means the operator returned true. Captured with node (see ConversionTests).
    private static readonly string[] s_names =
        ["undefined", "null", "true", "false", "0", "-0", "1", "NaN", "''", "'0'", "'1'", "' '", "'abc'", "'true'", "[]", "[0]", "[1]", "{}", "'[object Object]'", "Infinity", "'Infinity'", "'\\t1\\n'"];

    private static readonly string[] s_looseEquals =
        ["1100000000000000000000", "1100000000000000000000", "0010001000100000100001", "0001110011010011000000", "0001110011010011000000", "0001110011010011000000", "0010001000100000100001", "0000000000000000000000", "0001110010000010000000", "0001110001000001000000", "0010001000100000100000", "0001110000010000000000", "0000000000001000000000", "0000000000000100000000", "0001110010000010000000", "0001110001000001000000", "0010001000100000100000", "0000000000000000011000", "0000000000000000011000", "0000000000000000000110", "0000000000000000000110", "0010001000000000000001"];

    private static readonly string[] s_lessThan =
        ["0000000000000000000000", "0010001000100000100111", "0000000000000000000110", "0010001000100000100111", "0010001000100000100111", "0010001000100000100111", "0000000000000000000110", "0000000000000000000000", "0010001001111101111111", "0010001000101100111110", "0000000000001100011110", "0010001001101101111110", "0000000000000100000000", "0000000000000000000000", "0010001001111101111111", "0010001000101100111110", "0000000000001100011110", "0000000000001100000000", "0000000000001100000000", "0000000000000000000000", "0000000000001100011000", "0000000001111101111110"];

    private readonly RuntimeFixture _fx = new();

    private JsValue[] Values()
    {
        var r = _fx.Realm;
        return
        [
            JsValue.Undefined, JsValue.Null, true, false, 0, -0.0, 1, double.NaN, "", "0", "1", " ", "abc", "true",
            r.CreateArray(), r.CreateArray([0]), r.CreateArray([1]), r.CreateObject(), "[object Object]",
            double.PositiveInfinity, "Infinity", "\t1\n",
        ];
    }

    [Fact]
    public void LooseEquality_MatchesNodeTable()
    {
        var values = Values();
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < values.Length; j++)
            {
                var expected = s_looseEquals[i][j] == '1';
                Assert.True(expected == Operators.LooseEquals(_fx.Realm, values[i], values[j]), $"{s_names[i]} == {s_names[j]}");
            }
        }
    }

    [Fact]
    public void LessThan_MatchesNodeTable()
    {
        var values = Values();
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < values.Length; j++)
            {
                var expected = s_lessThan[i][j] == '1';
                Assert.True(expected == Operators.LessThan(_fx.Realm, values[i], values[j]), $"{s_names[i]} < {s_names[j]}");
            }
        }
    }

    [Fact]
    public void StrictEquality_SameValue_SameValueZero_TreatZeroAndNaNAsSpecified()
    {
        Assert.True(Operators.StrictEquals(0, -0.0));
        Assert.False(Operators.StrictEquals(double.NaN, double.NaN));
        Assert.False(Operators.SameValue(0, -0.0));
        Assert.True(Operators.SameValue(double.NaN, double.NaN));
        Assert.True(Operators.SameValueZero(0, -0.0));
        Assert.True(Operators.SameValueZero(double.NaN, double.NaN));
        Assert.True(Operators.StrictEquals("ab", string.Concat("a", "b")));
        Assert.False(Operators.StrictEquals(1, "1"));
    }

    [Fact]
    public void Strings_CompareByUtf16CodeUnits()
    {
        Assert.True(Operators.LessThan(_fx.Realm, "Z", "a"));
        Assert.True(Operators.LessThan(_fx.Realm, "\uFF61", "\uD83D\uDE00") == false);
        Assert.True(Operators.LessThan(_fx.Realm, "a", "ab"));
        Assert.True(Operators.LessThan(_fx.Realm, "10", "9"));
        Assert.False(Operators.LessThan(_fx.Realm, 10, "9"));
    }

    [Fact]
    public void InstanceOf_WalksThePrototypeChain_AndInChecksProperties()
    {
        var array = _fx.Realm.CreateArray();
        Assert.True(Operators.InstanceOf(_fx.Realm, array, _fx.Global("Array")));
        Assert.True(Operators.InstanceOf(_fx.Realm, array, _fx.Global("Object")));
        Assert.False(Operators.InstanceOf(_fx.Realm, 1, _fx.Global("Number")));
        var error = _fx.New("TypeError", "x");
        Assert.True(Operators.InstanceOf(_fx.Realm, error, _fx.Global("Error")));
        Assert.Equal("TypeError: Right-hand side of 'instanceof' is not callable",
            _fx.ErrorOf(() => Operators.InstanceOf(_fx.Realm, 1, _fx.Realm.CreateObject())));
        Assert.True(Operators.In(_fx.Realm, "length", array));
        Assert.True(Operators.In(_fx.Realm, "push", array));
        Assert.False(Operators.In(_fx.Realm, "0", array));
        Assert.Equal("TypeError: Cannot use 'in' operator to search for 'a' in b", _fx.ErrorOf(() => Operators.In(_fx.Realm, "a", "b")));
    }
}
