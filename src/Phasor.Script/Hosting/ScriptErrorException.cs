namespace Phasor.Script.Hosting;

/// <summary>A script error crossing into C#, or a C# error meant for script: an error name, a message and the script's stack.</summary>
/// <remarks>
/// Thrown by calls into script (<see cref="ScriptValue.Call"/>, property access that runs a getter...) when the script
/// throws: <see cref="ErrorName"/> is the error's <c>name</c> (<c>TypeError</c>), <see cref="ErrorMessage"/> its
/// message, <see cref="ScriptStack"/> its <c>stack</c> ("TypeError: ...\n    at f (file.ts:3:7)"), <see cref="Value"/>
/// the thrown value itself. When a host function lets one propagate back into script, the script catches the original
/// value. Host functions throw a new one (<c>throw ScriptErrorException.RangeError("freq must be positive")</c>) to raise
/// a script error of that name. Exhausting the budget or the heap limit is not a script error: see
/// <see cref="Vm.ExecutionInterruptedException"/>.
/// </remarks>
public sealed class ScriptErrorException : Exception
{
    /// <summary>Creates an error for a host function to throw: the script sees an error object of that name.</summary>
    /// <param name="errorName">Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError, or any other name (an Error subclass).</param>
    /// <param name="message">The error's message.</param>
    public ScriptErrorException(string errorName, string message)
        : base(errorName + ": " + message)
    {
        ArgumentException.ThrowIfNullOrEmpty(errorName);
        ErrorName = errorName;
        ErrorMessage = message;
        ScriptStack = errorName + ": " + message;
    }

    /// <summary>Creates an <c>Error</c> with a message.</summary>
    public ScriptErrorException(string message)
        : this("Error", message)
    {
    }

    /// <summary>Creates an <c>Error</c> with a message and a .NET cause.</summary>
    public ScriptErrorException(string message, Exception innerException)
        : base("Error: " + message, innerException)
    {
        ErrorName = "Error";
        ErrorMessage = message;
        ScriptStack = "Error: " + message;
    }

    /// <summary>Creates an <c>Error</c> without a message.</summary>
    public ScriptErrorException()
        : this("Error", "")
    {
    }

    internal ScriptErrorException(ScriptValue value, string? errorName, string errorMessage, string scriptStack, Exception? innerException)
        : base(scriptStack, innerException)
    {
        Value = value;
        CarriesValue = true;
        ErrorName = errorName;
        ErrorMessage = errorMessage;
        ScriptStack = scriptStack;
    }

    /// <summary>Gets the error's name (<c>TypeError</c>...); null when the script threw a value that is not an Error object.</summary>
    public string? ErrorName { get; }

    /// <summary>Gets the error's message (for a thrown non-Error value, the value as console.log prints it).</summary>
    public string ErrorMessage { get; }

    /// <summary>Gets the script's stack: the summary line, then one "    at name (file:line:col)" line per frame.</summary>
    public string ScriptStack { get; }

    /// <summary>Gets the value the script threw; undefined for an error created in C# and not yet thrown into script.</summary>
    public ScriptValue Value { get; }

    /// <summary>Gets whether this error stands for a value a script threw (rather than one created in C#).</summary>
    internal bool CarriesValue { get; }

    /// <summary>Creates a <c>TypeError</c> for a host function to throw.</summary>
    public static ScriptErrorException TypeError(string message) => new("TypeError", message);

    /// <summary>Creates a <c>RangeError</c> for a host function to throw.</summary>
    public static ScriptErrorException RangeError(string message) => new("RangeError", message);
}
