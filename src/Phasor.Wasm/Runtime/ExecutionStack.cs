using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// The value stack and call-frame records of one store, shared by every frame and every nested activation (host
/// to Wasm to host to Wasm...). Both are pinned arrays, so tiers address them with raw pointers; nothing in them
/// is a GC reference (references are store handles). Single-threaded, like its store.
/// </summary>
internal sealed unsafe class ExecutionStack
{
    // Kept so the pinned arrays live as long as the stack.
    private readonly ulong[] _slots;
    private readonly CallFrame[] _frames;

    public ExecutionStack(StoreLimits limits)
    {
        _slots = GC.AllocateArray<ulong>(limits.ValueStackSlots, pinned: true);
        _frames = GC.AllocateArray<CallFrame>(limits.MaxCallDepth, pinned: true);
        SlotBase = (ulong*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_slots));
        SlotEnd = SlotBase + _slots.Length;
        Top = SlotBase;
        FrameBase = (CallFrame*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_frames));
        FrameEnd = FrameBase + _frames.Length;
        FrameTop = FrameBase;
    }

    /// <summary>Gets the first slot.</summary>
    public ulong* SlotBase { get; }

    /// <summary>Gets the end of the slots (exclusive).</summary>
    public ulong* SlotEnd { get; }

    /// <summary>Gets the first frame record.</summary>
    public CallFrame* FrameBase { get; }

    /// <summary>Gets the end of the frame records (exclusive): the call-depth limit.</summary>
    public CallFrame* FrameEnd { get; }

    /// <summary>
    /// Gets or sets the first free slot: where the next call from the host puts its arguments. A tier that calls
    /// out (host function, another instance) moves it above its live slots first and restores it after.
    /// </summary>
    public ulong* Top { get; set; }

    /// <summary>Gets or sets the first free frame record.</summary>
    public CallFrame* FrameTop { get; set; }
}
