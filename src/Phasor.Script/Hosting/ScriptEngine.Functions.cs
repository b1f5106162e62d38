using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>Host functions: the general <see cref="HostCallback"/> form and typed forms that convert without boxing.</summary>
/// <remarks>
/// Typed forms convert each argument as the script's own conversions do (<c>double</c> is <c>Number(x)</c>, <c>int</c>
/// is <c>x | 0</c>, <c>string</c> is <c>String(x)</c>, a class is the C# object behind a host object or a TypeError);
/// see <see cref="HostConversion"/>. Lambdas need explicit parameter types: <c>(double x) =&gt; x * 2</c>. A missing
/// argument is undefined (NaN as a double). An exception thrown by the function becomes a script error.
/// </remarks>
public sealed partial class ScriptEngine
{
    /// <summary>Creates a function value from a <see cref="HostCallback"/>.</summary>
    /// <param name="name">The function's <c>name</c> (for stack traces and printing).</param>
    /// <param name="callback">The body.</param>
    /// <param name="length">The function's <c>length</c> (its declared parameter count).</param>
    public ScriptValue CreateFunction(string name, HostCallback callback, int length = 0)
    {
        ArgumentNullException.ThrowIfNull(callback);
        CheckThread();
        return Export(new EmbedderFunction(this, name, length, (_, self, args) => Import(callback(new CallArguments(this, self, args, isConstruct: false)))));
    }

    /// <summary>Creates a function value that runs <paramref name="action"/>.</summary>
    public ScriptValue CreateFunction(string name, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Typed(name, 0, (_, _, _) =>
        {
            action();
            return default;
        });
    }

    /// <summary>Creates a function value of one converted argument.</summary>
    public ScriptValue CreateFunction<T1>(string name, Action<T1> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        HostConversion.Validate<T1>("parameter");
        return Typed(name, 1, (_, _, a) =>
        {
            action(Arg<T1>(a, 0));
            return default;
        });
    }

    /// <summary>Creates a function value of two converted arguments.</summary>
    public ScriptValue CreateFunction<T1, T2>(string name, Action<T1, T2> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        HostConversion.Validate<T1>("parameter");
        HostConversion.Validate<T2>("parameter");
        return Typed(name, 2, (_, _, a) =>
        {
            action(Arg<T1>(a, 0), Arg<T2>(a, 1));
            return default;
        });
    }

    /// <summary>Creates a function value returning a converted result.</summary>
    public ScriptValue CreateFunction<TResult>(string name, Func<TResult> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        HostConversion.Validate<TResult>("result");
        return Typed(name, 0, (_, _, _) => HostConversion.ToScript(this, function()));
    }

    /// <summary>Creates a function value of one converted argument returning a converted result.</summary>
    public ScriptValue CreateFunction<T1, TResult>(string name, Func<T1, TResult> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        HostConversion.Validate<T1>("parameter");
        HostConversion.Validate<TResult>("result");
        return Typed(name, 1, (_, _, a) => HostConversion.ToScript(this, function(Arg<T1>(a, 0))));
    }

    /// <summary>Creates a function value of two converted arguments returning a converted result.</summary>
    public ScriptValue CreateFunction<T1, T2, TResult>(string name, Func<T1, T2, TResult> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        HostConversion.Validate<T1>("parameter");
        HostConversion.Validate<T2>("parameter");
        HostConversion.Validate<TResult>("result");
        return Typed(name, 2, (_, _, a) => HostConversion.ToScript(this, function(Arg<T1>(a, 0), Arg<T2>(a, 1))));
    }

    /// <summary>Creates a function value of three converted arguments returning a converted result.</summary>
    public ScriptValue CreateFunction<T1, T2, T3, TResult>(string name, Func<T1, T2, T3, TResult> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        HostConversion.Validate<T1>("parameter");
        HostConversion.Validate<T2>("parameter");
        HostConversion.Validate<T3>("parameter");
        HostConversion.Validate<TResult>("result");
        return Typed(name, 3, (_, _, a) => HostConversion.ToScript(this, function(Arg<T1>(a, 0), Arg<T2>(a, 1), Arg<T3>(a, 2))));
    }

    /// <summary>Defines a global function from a <see cref="HostCallback"/>.</summary>
    public void SetFunction(string name, HostCallback callback, int length = 0) => SetGlobal(name, CreateFunction(name, callback, length));

    /// <summary>Defines a global function that runs <paramref name="action"/>.</summary>
    public void SetFunction(string name, Action action) => SetGlobal(name, CreateFunction(name, action));

    /// <summary>Defines a global function of one converted argument.</summary>
    public void SetFunction<T1>(string name, Action<T1> action) => SetGlobal(name, CreateFunction(name, action));

    /// <summary>Defines a global function of two converted arguments.</summary>
    public void SetFunction<T1, T2>(string name, Action<T1, T2> action) => SetGlobal(name, CreateFunction(name, action));

    /// <summary>Defines a global function returning a converted result.</summary>
    public void SetFunction<TResult>(string name, Func<TResult> function) => SetGlobal(name, CreateFunction(name, function));

    /// <summary>Defines a global function of one converted argument returning a converted result.</summary>
    public void SetFunction<T1, TResult>(string name, Func<T1, TResult> function) => SetGlobal(name, CreateFunction(name, function));

    /// <summary>Defines a global function of two converted arguments returning a converted result.</summary>
    public void SetFunction<T1, T2, TResult>(string name, Func<T1, T2, TResult> function) => SetGlobal(name, CreateFunction(name, function));

    /// <summary>Defines a global function of three converted arguments returning a converted result.</summary>
    public void SetFunction<T1, T2, T3, TResult>(string name, Func<T1, T2, T3, TResult> function) => SetGlobal(name, CreateFunction(name, function));

    /// <summary>Argument <paramref name="index"/> converted to <typeparamref name="T"/>; undefined when missing.</summary>
    internal T Arg<T>(ReadOnlySpan<JsValue> args, int index) =>
        HostConversion.FromScript<T>(this, (uint)index < (uint)args.Length ? args[index] : default, index + 1);

    private ScriptValue Typed(string name, int length, HostFunctionBody body)
    {
        CheckThread();
        return Export(new EmbedderFunction(this, name, length, body));
    }
}
