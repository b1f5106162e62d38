using Phasor.Script.Runtime;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Compiling;

/// <summary>The compiled form of one function: bytecode, constant pool, nested functions, caches, handlers and line table.</summary>
internal sealed class Chunk
{
    public required string Name { get; init; }

    public required SourceText Source { get; init; }

    public required int[] Code { get; init; }

    public required JsValue[] Constants { get; init; }

    public required Chunk[] Functions { get; init; }

    public required GlobalCell[] Cells { get; init; }

    /// <summary>Gets one inline cache per property instruction (the instruction's cache operand indexes it).</summary>
    public required PropertyCache[] Caches { get; init; }

    public required HandlerEntry[] Handlers { get; init; }

    /// <summary>Gets the instruction offsets at which the source position changes, ascending; <see cref="SourceOffsets"/> is parallel.</summary>
    public required int[] LinePcs { get; init; }

    public required int[] SourceOffsets { get; init; }

    /// <summary>Gets the callee of each call and <c>new</c> instruction as V8 names it in "x is not a function", by offset.</summary>
    public required IReadOnlyDictionary<int, string> CallSites { get; init; }

    /// <summary>Gets the frame size: parameters, locals and temporaries.</summary>
    public required int RegisterCount { get; init; }

    /// <summary>Gets the registers of parameters and the binder's locals, which a frame starts with as undefined.</summary>
    /// <remarks>
    /// The registers above them are the compiler's temporaries, each written before it is read, so a call need not
    /// clear them (<c>VirtualMachine.TryEnterCall</c>).
    /// </remarks>
    public required int LocalCount { get; init; }

    public required int ParameterCount { get; init; }

    /// <summary>Gets the value of the function's <c>length</c> property (parameters before the first default or rest).</summary>
    public required int Length { get; init; }

    public required bool HasRest { get; init; }

    public required FunctionKind Kind { get; init; }

    public bool IsArrow => Kind == FunctionKind.Arrow;

    /// <summary>Gets whether this is a derived class constructor (its <c>this</c> comes from <c>super(...)</c>).</summary>
    public required bool IsDerivedConstructor { get; init; }

    /// <summary>Gets the register into which entering a frame stores the receiver, -1 when the function has none there.</summary>
    /// <remarks>
    /// A method that reads <c>this</c> would otherwise start with <c>lda_this; star</c>: two dispatches on every call.
    /// Never set for a derived constructor, whose <c>this</c> is bound later by <c>super(...)</c>.
    /// </remarks>
    public int ThisRegister { get; init; } = -1;

    /// <summary>Gets the source offset of the instruction at <paramref name="pc"/>, from the line table.</summary>
    public int SourceOffsetAt(int pc)
    {
        var index = Array.BinarySearch(LinePcs, pc);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index < 0 ? 0 : SourceOffsets[index];
    }

    /// <summary>Gets the 1-based line and column of the instruction at <paramref name="pc"/>.</summary>
    public LinePosition PositionAt(int pc) => Source.GetPosition(SourceOffsetAt(pc));
}
