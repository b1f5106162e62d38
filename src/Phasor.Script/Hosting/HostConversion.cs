using System.Runtime.CompilerServices;
using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>Converts between script values and the C# parameter and result types of typed host functions.</summary>
/// <remarks>
/// Generic over the C# type and decided by <c>typeof(T)</c> tests, which the JIT folds away for value types, so a
/// <c>Func&lt;double, double&gt;</c> converts with no reflection, no boxing and no allocation. Supported: double, float,
/// int, long, bool, <see cref="ScriptValue"/>, string, object (through <see cref="ScriptEngine.ToValue"/> and
/// <see cref="ScriptValue.ToObject"/>), and any other class, as a host object. <see cref="Validate{T}"/> rejects the rest
/// when the function is registered, not when it is called.
/// </remarks>
internal static class HostConversion
{
    /// <summary>Throws <see cref="ArgumentException"/> at registration for a value type no conversion exists for.</summary>
    public static void Validate<T>(string role)
    {
        if (typeof(T).IsValueType && typeof(T) != typeof(double) && typeof(T) != typeof(float) && typeof(T) != typeof(int)
            && typeof(T) != typeof(long) && typeof(T) != typeof(bool) && typeof(T) != typeof(ScriptValue))
        {
            throw new ArgumentException($"The {role} type {typeof(T).Name} has no script conversion; use double, float, int, long, bool, string, ScriptValue, object or a class.");
        }
    }

    /// <summary>Converts argument number <paramref name="position"/> (1-based, for messages) to <typeparamref name="T"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T FromScript<T>(ScriptEngine engine, JsValue value, int position)
    {
        if (typeof(T) == typeof(double))
        {
            var d = value.IsNumber ? value.Number : Conversions.ToNumber(engine.Realm, value);
            return Unsafe.As<double, T>(ref d);
        }

        if (typeof(T) == typeof(float))
        {
            var f = (float)Conversions.ToNumber(engine.Realm, value);
            return Unsafe.As<float, T>(ref f);
        }

        if (typeof(T) == typeof(int))
        {
            var i = Conversions.ToInt32(engine.Realm, value);
            return Unsafe.As<int, T>(ref i);
        }

        if (typeof(T) == typeof(long))
        {
            var l = ToInt64(Conversions.ToIntegerOrInfinity(engine.Realm, value));
            return Unsafe.As<long, T>(ref l);
        }

        if (typeof(T) == typeof(bool))
        {
            var b = Conversions.ToBoolean(value);
            return Unsafe.As<bool, T>(ref b);
        }

        if (typeof(T) == typeof(ScriptValue))
        {
            var v = new ScriptValue(value, engine);
            return Unsafe.As<ScriptValue, T>(ref v);
        }

        return FromScriptReference<T>(engine, value, position);
    }

    /// <summary>Converts a C# result to a script value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue ToScript<T>(ScriptEngine engine, T value)
    {
        if (typeof(T) == typeof(double))
        {
            return JsValue.FromNumber(Unsafe.As<T, double>(ref value));
        }

        if (typeof(T) == typeof(float))
        {
            return JsValue.FromNumber(Unsafe.As<T, float>(ref value));
        }

        if (typeof(T) == typeof(int))
        {
            return JsValue.FromNumber(Unsafe.As<T, int>(ref value));
        }

        if (typeof(T) == typeof(long))
        {
            return JsValue.FromNumber(Unsafe.As<T, long>(ref value));
        }

        if (typeof(T) == typeof(bool))
        {
            return JsValue.FromBoolean(Unsafe.As<T, bool>(ref value));
        }

        if (typeof(T) == typeof(ScriptValue))
        {
            return engine.Import(Unsafe.As<T, ScriptValue>(ref value));
        }

        return value switch
        {
            null => JsValue.Null,
            string s => JsValue.FromString(s),
            _ => engine.Import(engine.ToValue(value)),
        };
    }

    /// <summary>The C# object behind a host object, or a TypeError naming the parameter and the expected class.</summary>
    public static T ToHostObject<T>(ScriptEngine engine, JsValue value, int position)
        where T : class
    {
        if (value.Ref is HostObject { Target: T target })
        {
            return target;
        }

        return Throw.TypeError<T>(engine.Realm, HostMessages.ParameterType, position, engine.ClassName(typeof(T)));
    }

    /// <summary>The C# object behind <c>this</c> of a host method, or TypeError "Illegal invocation" (as browsers word it).</summary>
    public static T ThisObject<T>(ScriptEngine engine, JsValue thisValue)
        where T : class
    {
        if (thisValue.Ref is HostObject { Target: T target })
        {
            return target;
        }

        return Throw.TypeError<T>(engine.Realm, HostMessages.IllegalInvocation);
    }

    private static T FromScriptReference<T>(ScriptEngine engine, JsValue value, int position)
    {
        if (typeof(T) == typeof(string))
        {
            return (T)(object)Conversions.ToString(engine.Realm, value);
        }

        if (typeof(T) == typeof(object))
        {
            return (T)engine.ToObject(value)!;
        }

        if (value.Ref is HostObject { Target: T target })
        {
            return target;
        }

        return Throw.TypeError<T>(engine.Realm, HostMessages.ParameterType, position, engine.ClassName(typeof(T)));
    }

    private static long ToInt64(double value) =>
        double.IsNaN(value) ? 0 : value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)value;
}
