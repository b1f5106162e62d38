using Phasor.Wasm.Errors;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// A guest trap (spec 4.4.1): execution stopped with a <see cref="TrapKind"/>. The store stays usable; a trap in
/// instantiation leaves whatever the segments before it wrote, as the spec orders.
/// </summary>
public sealed class TrapException : WasmException
{
    /// <summary>Creates a trap of <paramref name="kind"/>.</summary>
    public TrapException(TrapKind kind)
        : base(TrapMessages.For(kind)) => Kind = kind;

    /// <summary>Creates a trap whose message adds a detail, as the reference interpreter does (<c>uninitialized element 2</c>).</summary>
    public TrapException(TrapKind kind, string detail)
        : base($"{TrapMessages.For(kind)} {detail}") => Kind = kind;

    /// <summary>Creates a trap with a raw code position the interpreter resolves to a function later.</summary>
    internal TrapException(TrapKind kind, nint codePosition)
        : this(kind) => CodePosition = codePosition;

    /// <summary>Creates a trap with a detail and a raw code position.</summary>
    internal TrapException(TrapKind kind, string detail, nint codePosition)
        : this(kind, detail) => CodePosition = codePosition;

    /// <summary>Gets why execution stopped.</summary>
    public TrapKind Kind { get; }

    /// <summary>Gets the index (function index space) of the Wasm function that trapped, when known.</summary>
    public int? FunctionIndex { get; internal set; }

    /// <summary>Gets the debug name of the function that trapped (name section or <c>func[N]</c>), when known.</summary>
    public string? FunctionName { get; internal set; }

    /// <summary>Gets the raw position in a tier's code where the trap happened (0 when none), until resolved.</summary>
    internal nint CodePosition { get; set; }

    /// <summary>Gets the message with the function where the trap happened.</summary>
    public override string Located => FunctionName is { } name ? $"trap in {name}: {Message}" : $"trap: {Message}";
}
