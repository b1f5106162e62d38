namespace Phasor.Wasm.Errors;

/// <summary>
/// The module is well formed but breaks a validation rule (spec 3): thrown by the validator, with the spec test
/// suite's wording (<c>type mismatch</c>, <c>unknown local</c>...), the function index when the rule is in code,
/// and the byte offset.
/// </summary>
public sealed class InvalidModuleException : WasmException
{
    /// <summary>Creates the error.</summary>
    public InvalidModuleException(string message, int offset, int? functionIndex = null)
        : base(message)
    {
        Offset = offset;
        FunctionIndex = functionIndex;
    }

    /// <summary>Gets the byte offset in the module of the offending instruction or entry.</summary>
    public int Offset { get; }

    /// <summary>Gets the index (in the function index space) of the function being validated, if any.</summary>
    public int? FunctionIndex { get; }

    /// <summary>Gets the message with its location.</summary>
    public override string Located => FunctionIndex is { } f
        ? $"invalid module: function {f} at byte 0x{Offset:x}: {Message}"
        : $"invalid module at byte 0x{Offset:x}: {Message}";
}
