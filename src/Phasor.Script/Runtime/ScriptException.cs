namespace Phasor.Script.Runtime;

/// <summary>A script-level throw travelling through C# frames: carries the thrown <see cref="JsValue"/>.</summary>
/// <remarks>The VM catches it at try/catch handlers and at the host boundary; built-ins throw it through <see cref="Throw"/>.</remarks>
internal sealed class ScriptException : Exception
{
    public ScriptException(JsValue value)
        : base(Describe(value))
    {
        Value = value;
    }

    public ScriptException()
        : this(JsValue.Undefined)
    {
    }

    public ScriptException(string message)
        : this(JsValue.FromString(message))
    {
    }

    public ScriptException(string message, Exception innerException)
        : base(message, innerException)
    {
        Value = JsValue.FromString(message);
    }

    /// <summary>The thrown value (an error object, or any value a script threw).</summary>
    public JsValue Value { get; }

    /// <summary>"Name: message" without running script code (reads own data properties only).</summary>
    private static string Describe(JsValue value)
    {
        if (value.Ref is JsError error)
        {
            return error.Summary;
        }
        return "Uncaught " + value;
    }
}
