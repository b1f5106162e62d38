namespace Phasor.Wasm.Instructions;

/// <summary>The shape of the immediates that follow an opcode in the binary format (spec 5.4).</summary>
public enum ImmediateKind : byte
{
    /// <summary>Not an instruction of Wasm 2.0 without SIMD: decoding it is "illegal opcode".</summary>
    Illegal,

    /// <summary>No immediates.</summary>
    None,

    /// <summary>A block type: <c>0x40</c>, a value type, or a type index as s33 (block, loop, if).</summary>
    BlockType,

    /// <summary>A label index (br, br_if).</summary>
    Label,

    /// <summary>A vector of label indices and a default label (br_table).</summary>
    BrTable,

    /// <summary>A function index (call, ref.func).</summary>
    Function,

    /// <summary>A type index, then a table index (call_indirect).</summary>
    CallIndirect,

    /// <summary>A local index.</summary>
    Local,

    /// <summary>A global index.</summary>
    Global,

    /// <summary>A table index (table.get, table.set, table.grow, table.size, table.fill).</summary>
    Table,

    /// <summary>Alignment exponent and offset, both u32 (loads and stores).</summary>
    MemArg,

    /// <summary>A reserved memory index byte that must be zero (memory.size, memory.grow, memory.fill).</summary>
    ZeroByte,

    /// <summary>An s32 (i32.const).</summary>
    I32,

    /// <summary>An s64 (i64.const).</summary>
    I64,

    /// <summary>Four bytes of an f32 (f32.const).</summary>
    F32,

    /// <summary>Eight bytes of an f64 (f64.const).</summary>
    F64,

    /// <summary>A vector of value types (typed select).</summary>
    SelectTypes,

    /// <summary>A reference type byte (ref.null).</summary>
    RefType,

    /// <summary>A data index, then a zero memory byte (memory.init).</summary>
    MemoryInit,

    /// <summary>A data index (data.drop).</summary>
    Data,

    /// <summary>Two zero memory bytes (memory.copy).</summary>
    MemoryCopy,

    /// <summary>An element index, then a table index (table.init).</summary>
    TableInit,

    /// <summary>An element index (elem.drop).</summary>
    Element,

    /// <summary>Two table indices, destination first (table.copy).</summary>
    TableCopy,
}
