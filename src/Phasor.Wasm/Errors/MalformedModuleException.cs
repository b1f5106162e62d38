namespace Phasor.Wasm.Errors;

/// <summary>
/// The bytes are not a well-formed module (spec 5): thrown by the decoder. <see cref="Exception.Message"/> is the
/// spec test suite's wording (<c>unexpected end</c>, <c>integer too large</c>...) so the conformance runner can
/// compare it; <see cref="Offset"/> says where.
/// </summary>
public sealed class MalformedModuleException : WasmException
{
    /// <summary>Creates the error.</summary>
    public MalformedModuleException(string message, int offset)
        : base(message) => Offset = offset;

    /// <summary>Gets the byte offset in the module where decoding failed.</summary>
    public int Offset { get; }

    /// <summary>Gets the message with its location: <c>malformed module at 0x1f: unexpected end</c>.</summary>
    public override string Located => $"malformed module at byte 0x{Offset:x}: {Message}";
}
