using Phasor.Script.Compiling;
using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

/// <summary>One activation on the VM's preallocated frame stack; its registers live in the shared register stack at Fp.</summary>
internal struct Frame
{
    public Closure Function;

    /// <summary>The start of the instruction being executed (a call's own offset while the callee runs).</summary>
    public int Pc;
    public int Fp;
    public Environment? Env;
    public JsValue This;
    public JsObject? NewTarget;
    public bool IsConstruct;

    /// <summary>Whether this constructor is inside its <c>super(...)</c> call: an error built there is reported from the caller of <c>new</c>, as V8 does.</summary>
    public bool InSuperCall;

    /// <summary>Whether this frame runs the parent constructor for a <c>super(...)</c> of the frame below, whose <c>this</c> it sets on return.</summary>
    public bool IsSuperCallee;

    /// <summary>Whether returning from this frame leaves the dispatch loop (a host call entered here).</summary>
    public bool IsEntry;

    /// <summary>Gets the code being run: the function's, so a call need not store it (every reference store into the frame stack costs a GC write barrier).</summary>
    public readonly Chunk Chunk => Function.Chunk!;
}
