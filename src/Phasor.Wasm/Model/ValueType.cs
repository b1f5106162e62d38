namespace Phasor.Wasm.Model;

/// <summary>A WebAssembly value type; the values are the binary encodings (spec 5.3.1, 5.3.3).</summary>
public enum ValueType : byte
{
    /// <summary>32-bit integer.</summary>
    I32 = 0x7F,

    /// <summary>64-bit integer.</summary>
    I64 = 0x7E,

    /// <summary>32-bit IEEE float.</summary>
    F32 = 0x7D,

    /// <summary>64-bit IEEE float.</summary>
    F64 = 0x7C,

    /// <summary>128-bit vector (decoded for completeness; the interpreter tier does not run SIMD yet).</summary>
    V128 = 0x7B,

    /// <summary>Reference to a function, or null.</summary>
    FuncRef = 0x70,

    /// <summary>Opaque host reference, or null.</summary>
    ExternRef = 0x6F,
}
