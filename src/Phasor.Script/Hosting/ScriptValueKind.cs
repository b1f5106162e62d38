namespace Phasor.Script.Hosting;

/// <summary>The type of a <see cref="ScriptValue"/>, as JavaScript's <c>typeof</c> distinguishes them (null separately).</summary>
public enum ScriptValueKind
{
    /// <summary>undefined (also <c>default(ScriptValue)</c>).</summary>
    Undefined,

    /// <summary>null.</summary>
    Null,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A number (a double).</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>An object: plain objects, arrays, functions, class instances, host objects.</summary>
    Object,
}
