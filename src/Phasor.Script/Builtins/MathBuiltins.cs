using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The Math object (21.3): every constant and function; Math.random draws from <see cref="Realm.Random"/>.</summary>
internal static class MathBuiltins
{
    public static void Install(Realm realm)
    {
        var math = new NamedObject(realm.ObjectPrototype, "Math");
        realm.GlobalObject.DefineOwn("Math", math, PropertyFlags.Hidden);
        // V8's values of the constants, written out: computing them (1 / Math.Log(10)...) can land one ulp away.
        math.DefineOwn("E", 2.718281828459045, PropertyFlags.None);
        math.DefineOwn("LN10", 2.302585092994046, PropertyFlags.None);
        math.DefineOwn("LN2", 0.6931471805599453, PropertyFlags.None);
        math.DefineOwn("LOG10E", 0.4342944819032518, PropertyFlags.None);
        math.DefineOwn("LOG2E", 1.4426950408889634, PropertyFlags.None);
        math.DefineOwn("PI", 3.141592653589793, PropertyFlags.None);
        math.DefineOwn("SQRT1_2", 0.7071067811865476, PropertyFlags.None);
        math.DefineOwn("SQRT2", 1.4142135623730951, PropertyFlags.None);

        Unary(realm, math, "abs", Math.Abs);
        Unary(realm, math, "acos", Math.Acos);
        Unary(realm, math, "acosh", Math.Acosh);
        Unary(realm, math, "asin", Math.Asin);
        Unary(realm, math, "asinh", Math.Asinh);
        Unary(realm, math, "atan", Math.Atan);
        Unary(realm, math, "atanh", Math.Atanh);
        Unary(realm, math, "cbrt", CubeRoot.Cbrt);
        Unary(realm, math, "ceil", Math.Ceiling);
        Unary(realm, math, "clz32", x => System.Numerics.BitOperations.LeadingZeroCount(Conversions.ToUint32(x)));
        Unary(realm, math, "cos", Math.Cos);
        Unary(realm, math, "cosh", Math.Cosh);
        Unary(realm, math, "exp", Math.Exp);
        Unary(realm, math, "expm1", x => Math.Abs(x) < 1e-5 ? x + (x * x / 2) + (x * x * x / 6) : Math.Exp(x) - 1);
        Unary(realm, math, "floor", Math.Floor);
        Unary(realm, math, "fround", x => (float)x);
        Unary(realm, math, "log", Math.Log);
        Unary(realm, math, "log1p", x => Math.Abs(x) < 1e-5 ? x - (x * x / 2) + (x * x * x / 3) : Math.Log(1 + x));
        Unary(realm, math, "log10", Math.Log10);
        Unary(realm, math, "log2", Math.Log2);
        Unary(realm, math, "round", Round);
        Unary(realm, math, "sign", x => double.IsNaN(x) || x == 0 ? x : Math.Sign(x));
        Unary(realm, math, "sin", Math.Sin);
        Unary(realm, math, "sinh", Math.Sinh);
        Unary(realm, math, "sqrt", Math.Sqrt);
        Unary(realm, math, "tan", Math.Tan);
        Unary(realm, math, "tanh", Math.Tanh);
        Unary(realm, math, "trunc", Math.Truncate);
        realm.DefineMethod(math, "atan2", 2, (r, _, a) => Math.Atan2(Conversions.ToNumber(r, a.At(0)), Conversions.ToNumber(r, a.At(1))));
        realm.DefineMethod(math, "pow", 2, (r, _, a) => Operators.Power(Conversions.ToNumber(r, a.At(0)), Conversions.ToNumber(r, a.At(1))));
        realm.DefineMethod(math, "imul", 2, (r, _, a) => Conversions.ToInt32(r, a.At(0)) * Conversions.ToInt32(r, a.At(1)));
        realm.DefineMethod(math, "max", 2, (r, _, a) => MinMax(r, a, max: true));
        realm.DefineMethod(math, "min", 2, (r, _, a) => MinMax(r, a, max: false));
        realm.DefineMethod(math, "hypot", 2, Hypot);
        realm.DefineMethod(math, "random", 0, (r, _, _) => r.Random.NextDouble());
    }

    private static void Unary(Realm realm, JsObject math, string name, Func<double, double> f) =>
        realm.DefineMethod(math, name, 1, (r, _, a) => f(Conversions.ToNumber(r, a.At(0))));

    /// <summary>Math.round (21.3.2.28): halves round toward +Infinity, and -0.5..-0 gives -0.</summary>
    private static double Round(double x)
    {
        if (!double.IsFinite(x) || x == 0)
        {
            return x;
        }
        if (x < 0 && x >= -0.5)
        {
            return -0.0;
        }
        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    private static JsValue MinMax(Realm realm, ReadOnlySpan<JsValue> args, bool max)
    {
        var result = max ? double.NegativeInfinity : double.PositiveInfinity;
        var sawNaN = false;
        foreach (var arg in args)
        {
            var n = Conversions.ToNumber(realm, arg);
            if (double.IsNaN(n))
            {
                sawNaN = true;
            }
            else if (max ? n > result || (n == 0 && result == 0 && !double.IsNegative(n)) : n < result || (n == 0 && result == 0 && double.IsNegative(n)))
            {
                result = n;
            }
        }
        return sawNaN ? double.NaN : result;
    }

    private static JsValue Hypot(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double sum = 0;
        var infinite = false;
        var nan = false;
        foreach (var arg in args)
        {
            var n = Conversions.ToNumber(realm, arg);
            infinite |= double.IsInfinity(n);
            nan |= double.IsNaN(n);
            sum += n * n;
        }
        return infinite ? double.PositiveInfinity : nan ? double.NaN : Math.Sqrt(sum);
    }
}
