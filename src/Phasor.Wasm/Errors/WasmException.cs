namespace Phasor.Wasm.Errors;

/// <summary>The base of every error the engine reports about a module or its execution.</summary>
public abstract class WasmException : Exception
{
    /// <summary>Creates the error.</summary>
    protected WasmException(string message)
        : base(message)
    {
    }

    /// <summary>Gets the message with whatever location the error has, for a user.</summary>
    public virtual string Located => Message;
}
