namespace Phasor.Wasm.Runtime;

/// <summary>
/// A return record of a Wasm-to-Wasm call inside one interpreter activation: where the caller resumes and its
/// frame base. Kept in <see cref="ExecutionStack"/> rather than on the host stack, so recursion depth is a limit
/// the engine checks, not a host stack overflow.
/// </summary>
internal unsafe struct CallFrame
{
    /// <summary>The caller's next instruction.</summary>
    public int* ReturnIp;

    /// <summary>The caller's frame base (its slot 0).</summary>
    public ulong* Fp;
}
