using Phasor.Wasm.Errors;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// Instantiation needs more than the store's limits allow (a memory or table whose minimum size is over the
/// configured maximum). Growth past a limit is not this error: <c>memory.grow</c> and <c>table.grow</c> return -1.
/// </summary>
public sealed class ResourceLimitException : WasmException
{
    /// <summary>Creates the error.</summary>
    public ResourceLimitException(string message)
        : base(message)
    {
    }
}
