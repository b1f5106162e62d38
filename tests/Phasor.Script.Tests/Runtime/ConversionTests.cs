using Phasor.Script.Runtime;

namespace Phasor.Script.Tests.Runtime;

/// <summary>ToNumber, parseFloat, parseInt, ToInt32 and ToString against Node-captured values.</summary>
public sealed class ConversionTests
{
    private readonly RuntimeFixture _fx = new();

    [Theory]
    [InlineData("", 0.0, double.NaN, double.NaN)]
    [InlineData(" ", 0.0, double.NaN, double.NaN)]
    [InlineData("  42  ", 42.0, 42.0, 42.0)]
    [InlineData("0x1F", 31.0, 0.0, 31.0)]
    [InlineData("0X1f", 31.0, 0.0, 31.0)]
    [InlineData("0o17", 15.0, 0.0, 0.0)]
    [InlineData("0b101", 5.0, 0.0, 0.0)]
    [InlineData("-0x10", double.NaN, -0.0, -16.0)]
    [InlineData("1e3", 1000.0, 1000.0, 1.0)]
    [InlineData("1E-3", 0.001, 0.001, 1.0)]
    [InlineData(".5", 0.5, 0.5, double.NaN)]
    [InlineData("5.", 5.0, 5.0, 5.0)]
    [InlineData("+.5", 0.5, 0.5, double.NaN)]
    [InlineData("-", double.NaN, double.NaN, double.NaN)]
    [InlineData("+", double.NaN, double.NaN, double.NaN)]
    [InlineData("Infinity", double.PositiveInfinity, double.PositiveInfinity, double.NaN)]
    [InlineData("-Infinity", double.NegativeInfinity, double.NegativeInfinity, double.NaN)]
    [InlineData("+Infinity", double.PositiveInfinity, double.PositiveInfinity, double.NaN)]
    [InlineData("infinity", double.NaN, double.NaN, double.NaN)]
    [InlineData("1_000", double.NaN, 1.0, 1.0)]
    [InlineData("12abc", double.NaN, 12.0, 12.0)]
    [InlineData("\t\n 3.5 \r", 3.5, 3.5, 3.0)]
    [InlineData("0.0000001", 1e-7, 1e-7, 0.0)]
    [InlineData("1e400", double.PositiveInfinity, double.PositiveInfinity, 1.0)]
    [InlineData("-0", -0.0, -0.0, -0.0)]
    [InlineData("00012", 12.0, 12.0, 12.0)]
    [InlineData("0x", double.NaN, 0.0, double.NaN)]
    [InlineData("1e", double.NaN, 1.0, 1.0)]
    [InlineData("  7 ﻿", 7.0, 7.0, 7.0)]
    [InlineData("٣", double.NaN, double.NaN, double.NaN)]
    public void StringToNumber_ParseFloat_ParseInt_MatchNode(string text, double number, double parsedFloat, double parsedInt)
    {
        AssertSame(number, NumberParser.StringToNumber(text));
        AssertSame(parsedFloat, NumberParser.ParseFloat(text));
        AssertSame(parsedInt, NumberParser.ParseInt(text, 0));
    }

    private static void AssertSame(double expected, double actual) =>
        Assert.True(expected.Equals(actual) && double.IsNegative(expected) == double.IsNegative(actual), $"expected {expected}, got {actual}");

    [Theory]
    [InlineData(4294967296.0 + 5, 5)]
    [InlineData(2147483648.0, int.MinValue)]
    [InlineData(-2147483649.0, int.MaxValue)]
    [InlineData(3.9, 3)]
    [InlineData(-3.9, -3)]
    [InlineData(double.NaN, 0)]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(1e20, 1661992960)]
    public void ToInt32_WrapsModulo2To32(double value, int expected) => Assert.Equal(expected, Conversions.ToInt32(value));

    [Fact]
    public void ParseInt_HonoursRadix()
    {
        Assert.Equal(255, NumberParser.ParseInt("ff", 16));
        Assert.Equal(255, NumberParser.ParseInt("0xff", 16));
        Assert.Equal(5, NumberParser.ParseInt("101", 2));
        Assert.True(double.IsNaN(NumberParser.ParseInt("2", 2)));
        Assert.True(double.IsNaN(NumberParser.ParseInt("1", 37)));
    }

    [Fact]
    public void ToBoolean_FollowsTheSpecTable()
    {
        Assert.False(Conversions.ToBoolean(JsValue.Undefined));
        Assert.False(Conversions.ToBoolean(JsValue.Null));
        Assert.False(Conversions.ToBoolean(0));
        Assert.False(Conversions.ToBoolean(-0.0));
        Assert.False(Conversions.ToBoolean(double.NaN));
        Assert.False(Conversions.ToBoolean(""));
        Assert.True(Conversions.ToBoolean("0"));
        Assert.True(Conversions.ToBoolean(_fx.Realm.CreateObject()));
        Assert.True(Conversions.ToBoolean(_fx.Realm.CreateArray()));
    }

    [Fact]
    public void ToPrimitive_CallsValueOfThenToString()
    {
        var obj = _fx.Realm.CreateObject();
        obj.Set(_fx.Realm, "valueOf", _fx.Function(_ => 42));
        obj.Set(_fx.Realm, "toString", _fx.Function(_ => "str"));
        Assert.Equal(43, Operators.Add(_fx.Realm, obj, 1).Number);
        Assert.Equal("str", Conversions.ToString(_fx.Realm, obj));
        Assert.Equal("42x", Operators.Add(_fx.Realm, obj, "x").String);
    }

    [Fact]
    public void ToString_OfObjectsAndArrays()
    {
        Assert.Equal("[object Object]", Conversions.ToString(_fx.Realm, _fx.Realm.CreateObject()));
        Assert.Equal("1,2,,3", Conversions.ToString(_fx.Realm, _fx.Json("[1,2,null,3]")));
        Assert.Equal("1,a,", Conversions.ToString(_fx.Realm, _fx.Json("[1,\"a\",[]]")));
    }

    [Fact]
    public void Add_ConcatenatesWhenEitherSideIsAString()
    {
        Assert.Equal("1undefined", Operators.Add(_fx.Realm, "1", JsValue.Undefined).String);
        Assert.Equal(3, Operators.Add(_fx.Realm, 1, 2).Number);
        Assert.Equal("12", Operators.Add(_fx.Realm, 1, "2").String);
        Assert.Equal(1, Operators.Add(_fx.Realm, true, JsValue.Null).Number);
        Assert.Equal("[object Object]1", Operators.Add(_fx.Realm, _fx.Realm.CreateObject(), 1).String);
        Assert.True(double.IsNaN(Operators.Add(_fx.Realm, 1, JsValue.Undefined).Number));
    }

    [Fact]
    public void Exponentiate_DiffersFromMathPowForNaNAndOne()
    {
        Assert.True(double.IsNaN(Operators.Power(1, double.NaN)));
        Assert.True(double.IsNaN(Operators.Power(-1, double.PositiveInfinity)));
        Assert.Equal(1, Operators.Power(double.NaN, 0));
    }

    [Fact]
    public void TypeOf_NamesEveryKind()
    {
        Assert.Equal("undefined", Operators.TypeOf(JsValue.Undefined));
        Assert.Equal("object", Operators.TypeOf(JsValue.Null));
        Assert.Equal("number", Operators.TypeOf(1));
        Assert.Equal("string", Operators.TypeOf("s"));
        Assert.Equal("boolean", Operators.TypeOf(true));
        Assert.Equal("function", Operators.TypeOf(_fx.Global("Math.max")));
        Assert.Equal("object", Operators.TypeOf(_fx.Realm.CreateArray()));
    }
}
