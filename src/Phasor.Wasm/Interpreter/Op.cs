namespace Phasor.Wasm.Interpreter;

/// <summary>
/// The interpreter's IR instructions. Each is one code word followed by its operands (see <see cref="OpTable"/>):
/// slots are frame-relative indices, branch offsets are relative to the instruction's first word.
/// Generated with its table; keep the two in step.
/// </summary>
internal enum Op
{
    /// <summary>Trap: unreachable.</summary>
    Unreachable = 0,

    /// <summary>Jump.</summary>
    Br = 1,

    /// <summary>Jump if the i32 in s is not zero.</summary>
    BrNz = 2,

    /// <summary>Jump if the i32 in s is zero.</summary>
    BrZ = 3,

    /// <summary>Jump if the i64 in s is not zero.</summary>
    BrNz64 = 4,

    /// <summary>Jump if the i64 in s is zero.</summary>
    BrZ64 = 5,

    /// <summary>Jump to entry s of the table (last entry is the default).</summary>
    BrTable = 6,

    /// <summary>Return to the caller (results are already in slots 0..).</summary>
    Return = 7,

    /// <summary>Call defined function x with arguments from slot s (its frame base).</summary>
    Call = 8,

    /// <summary>Call function x of the function index space (import) with arguments from slot s.</summary>
    CallImport = 9,

    /// <summary>Call through table x2 entry s1, checking type id x1; arguments from slot s2.</summary>
    CallIndirect = 10,

    /// <summary>Copy a slot.</summary>
    Mov = 11,

    /// <summary>Two copies in order (superinstruction).</summary>
    Mov2 = 12,

    /// <summary>Store a 32-bit constant, zero-extended.</summary>
    Const32 = 13,

    /// <summary>Store a 64-bit constant.</summary>
    Const64 = 14,

    /// <summary>D = s3 != 0 ? s1 : s2.</summary>
    Select = 15,

    /// <summary>Read global x.</summary>
    GlobalGet = 16,

    /// <summary>Write global x.</summary>
    GlobalSet = 17,

    /// <summary>Read table x at s.</summary>
    TableGet = 18,

    /// <summary>Write s2 into table x at s1.</summary>
    TableSet = 19,

    /// <summary>Size of table x.</summary>
    TableSize = 20,

    /// <summary>Grow table x by s2 elements of s1.</summary>
    TableGrow = 21,

    /// <summary>Fill table x from s1 with s2 for s3 elements.</summary>
    TableFill = 22,

    /// <summary>Copy table x2 to table x1 (dst s1, src s2, count s3).</summary>
    TableCopy = 23,

    /// <summary>Copy element segment x2 into table x1 (dst s1, src s2, count s3).</summary>
    TableInit = 24,

    /// <summary>Drop element segment x.</summary>
    ElemDrop = 25,

    /// <summary>D = s == null.</summary>
    RefIsNull = 26,

    /// <summary>Reference to function x.</summary>
    RefFunc = 27,

    /// <summary>Memory size in pages.</summary>
    MemorySize = 28,

    /// <summary>Grow memory by s pages.</summary>
    MemoryGrow = 29,

    /// <summary>Copy data segment x into memory (dst s1, src s2, count s3).</summary>
    MemoryInit = 30,

    /// <summary>Drop data segment x.</summary>
    DataDrop = 31,

    /// <summary>Memory.copy (dst s1, src s2, count s3).</summary>
    MemoryCopy = 32,

    /// <summary>Memory.fill (dst s1, byte s2, count s3).</summary>
    MemoryFill = 33,

    /// <summary>Load 32 bits, zero-extended (also f32.load, i64.load32_u) from address (s + i2, wrapping to 32 bits) + offset i1.</summary>
    I32Load = 34,

    /// <summary>Load 64 bits (also f64.load) from address (s + i2, wrapping to 32 bits) + offset i1.</summary>
    I64Load = 35,

    /// <summary>Load 8 bits sign-extended to i32 from address (s + i2, wrapping to 32 bits) + offset i1.</summary>
    I32Load8S = 36,

    /// <summary>Load 8 bits zero-extended (also i64.load8_u) from address (s + i2, wrapping to 32 bits) + offset i1.</summary>
    I32Load8U = 37,

    /// <summary>Load 16 bits sign-extended to i32 from address (s + i2, wrapping to 32 bits) + offset i1.</summary>
    I32Load16S = 38,

    /// <summary>Load 16 bits zero-extended (also i64.load16_u) from address (s + i2, wrapping to 32 bits) + offset i1.</summary>
    I32Load16U = 39,

    /// <summary>Load 8 bits sign-extended to i64 from address (s + i2, wrapping to 32 bits) + offset i1.</summary>
    I64Load8S = 40,

    /// <summary>Load 16 bits sign-extended to i64 from address (s + i2, wrapping to 32 bits) + offset i1.</summary>
    I64Load16S = 41,

    /// <summary>Load 32 bits sign-extended to i64 from address (s + i2, wrapping to 32 bits) + offset i1.</summary>
    I64Load32S = 42,

    /// <summary>Store 32 bits (also f32.store, i64.store32) of s2 at address (s1 + i2, wrapping to 32 bits) + offset i1.</summary>
    I32Store = 43,

    /// <summary>Store 64 bits (also f64.store) of s2 at address (s1 + i2, wrapping to 32 bits) + offset i1.</summary>
    I64Store = 44,

    /// <summary>Store the low 8 bits (i32.store8, i64.store8) of s2 at address (s1 + i2, wrapping to 32 bits) + offset i1.</summary>
    Store8 = 45,

    /// <summary>Store the low 16 bits (i32.store16, i64.store16) of s2 at address (s1 + i2, wrapping to 32 bits) + offset i1.</summary>
    Store16 = 46,

    /// <summary>Store the constant i1 as 32 bits at address (s + i3, wrapping to 32 bits) + offset i2.</summary>
    I32StoreImm = 47,

    /// <summary>Store the constant i1 as 64 bits (the constant sign-extended) at address (s + i3, wrapping to 32 bits) + offset i2.</summary>
    I64StoreImm = 48,

    /// <summary>Store the constant i1 as 8 bits at address (s + i3, wrapping to 32 bits) + offset i2.</summary>
    Store8Imm = 49,

    /// <summary>Store the constant i1 as 16 bits at address (s + i3, wrapping to 32 bits) + offset i2.</summary>
    Store16Imm = 50,

    /// <summary>I32.eqz.</summary>
    I32Eqz = 51,

    /// <summary>I32.clz.</summary>
    I32Clz = 52,

    /// <summary>I32.ctz.</summary>
    I32Ctz = 53,

    /// <summary>I32.popcnt.</summary>
    I32Popcnt = 54,

    /// <summary>I32.extend8s.</summary>
    I32Extend8S = 55,

    /// <summary>I32.extend16s.</summary>
    I32Extend16S = 56,

    /// <summary>I64.eqz.</summary>
    I64Eqz = 57,

    /// <summary>I64.clz.</summary>
    I64Clz = 58,

    /// <summary>I64.ctz.</summary>
    I64Ctz = 59,

    /// <summary>I64.popcnt.</summary>
    I64Popcnt = 60,

    /// <summary>I64.extend8s.</summary>
    I64Extend8S = 61,

    /// <summary>I64.extend16s.</summary>
    I64Extend16S = 62,

    /// <summary>I64.extend32s.</summary>
    I64Extend32S = 63,

    /// <summary>I32.wrap_i64.</summary>
    I32WrapI64 = 64,

    /// <summary>I64.extend_i32_s.</summary>
    I64ExtendI32S = 65,

    /// <summary>I32.add.</summary>
    I32Add = 66,

    /// <summary>I32.sub.</summary>
    I32Sub = 67,

    /// <summary>I32.mul.</summary>
    I32Mul = 68,

    /// <summary>I32.divs.</summary>
    I32DivS = 69,

    /// <summary>I32.divu.</summary>
    I32DivU = 70,

    /// <summary>I32.rems.</summary>
    I32RemS = 71,

    /// <summary>I32.remu.</summary>
    I32RemU = 72,

    /// <summary>I32.and.</summary>
    I32And = 73,

    /// <summary>I32.or.</summary>
    I32Or = 74,

    /// <summary>I32.xor.</summary>
    I32Xor = 75,

    /// <summary>I32.shl.</summary>
    I32Shl = 76,

    /// <summary>I32.shrs.</summary>
    I32ShrS = 77,

    /// <summary>I32.shru.</summary>
    I32ShrU = 78,

    /// <summary>I32.rotl.</summary>
    I32Rotl = 79,

    /// <summary>I32.rotr.</summary>
    I32Rotr = 80,

    /// <summary>I32.eq.</summary>
    I32Eq = 81,

    /// <summary>I32.ne.</summary>
    I32Ne = 82,

    /// <summary>I32.lts.</summary>
    I32LtS = 83,

    /// <summary>I32.ltu.</summary>
    I32LtU = 84,

    /// <summary>I32.gts.</summary>
    I32GtS = 85,

    /// <summary>I32.gtu.</summary>
    I32GtU = 86,

    /// <summary>I32.les.</summary>
    I32LeS = 87,

    /// <summary>I32.leu.</summary>
    I32LeU = 88,

    /// <summary>I32.ges.</summary>
    I32GeS = 89,

    /// <summary>I32.geu.</summary>
    I32GeU = 90,

    /// <summary>I32.add with a constant right operand.</summary>
    I32AddImm = 91,

    /// <summary>I32.mul with a constant right operand.</summary>
    I32MulImm = 92,

    /// <summary>I32.and with a constant right operand.</summary>
    I32AndImm = 93,

    /// <summary>I32.or with a constant right operand.</summary>
    I32OrImm = 94,

    /// <summary>I32.xor with a constant right operand.</summary>
    I32XorImm = 95,

    /// <summary>I32.shl with a constant right operand.</summary>
    I32ShlImm = 96,

    /// <summary>I32.shrs with a constant right operand.</summary>
    I32ShrSImm = 97,

    /// <summary>I32.shru with a constant right operand.</summary>
    I32ShrUImm = 98,

    /// <summary>I32.eq with a constant right operand.</summary>
    I32EqImm = 99,

    /// <summary>I32.ne with a constant right operand.</summary>
    I32NeImm = 100,

    /// <summary>I32.lts with a constant right operand.</summary>
    I32LtSImm = 101,

    /// <summary>I32.ltu with a constant right operand.</summary>
    I32LtUImm = 102,

    /// <summary>I32.gts with a constant right operand.</summary>
    I32GtSImm = 103,

    /// <summary>I32.gtu with a constant right operand.</summary>
    I32GtUImm = 104,

    /// <summary>I32.les with a constant right operand.</summary>
    I32LeSImm = 105,

    /// <summary>I32.leu with a constant right operand.</summary>
    I32LeUImm = 106,

    /// <summary>I32.ges with a constant right operand.</summary>
    I32GeSImm = 107,

    /// <summary>I32.geu with a constant right operand.</summary>
    I32GeUImm = 108,

    /// <summary>I64.add.</summary>
    I64Add = 109,

    /// <summary>I64.sub.</summary>
    I64Sub = 110,

    /// <summary>I64.mul.</summary>
    I64Mul = 111,

    /// <summary>I64.divs.</summary>
    I64DivS = 112,

    /// <summary>I64.divu.</summary>
    I64DivU = 113,

    /// <summary>I64.rems.</summary>
    I64RemS = 114,

    /// <summary>I64.remu.</summary>
    I64RemU = 115,

    /// <summary>I64.and.</summary>
    I64And = 116,

    /// <summary>I64.or.</summary>
    I64Or = 117,

    /// <summary>I64.xor.</summary>
    I64Xor = 118,

    /// <summary>I64.shl.</summary>
    I64Shl = 119,

    /// <summary>I64.shrs.</summary>
    I64ShrS = 120,

    /// <summary>I64.shru.</summary>
    I64ShrU = 121,

    /// <summary>I64.rotl.</summary>
    I64Rotl = 122,

    /// <summary>I64.rotr.</summary>
    I64Rotr = 123,

    /// <summary>I64.eq.</summary>
    I64Eq = 124,

    /// <summary>I64.ne.</summary>
    I64Ne = 125,

    /// <summary>I64.lts.</summary>
    I64LtS = 126,

    /// <summary>I64.ltu.</summary>
    I64LtU = 127,

    /// <summary>I64.gts.</summary>
    I64GtS = 128,

    /// <summary>I64.gtu.</summary>
    I64GtU = 129,

    /// <summary>I64.les.</summary>
    I64LeS = 130,

    /// <summary>I64.leu.</summary>
    I64LeU = 131,

    /// <summary>I64.ges.</summary>
    I64GeS = 132,

    /// <summary>I64.geu.</summary>
    I64GeU = 133,

    /// <summary>I64.add with a constant right operand (sign-extended).</summary>
    I64AddImm = 134,

    /// <summary>I64.mul with a constant right operand (sign-extended).</summary>
    I64MulImm = 135,

    /// <summary>I64.and with a constant right operand (sign-extended).</summary>
    I64AndImm = 136,

    /// <summary>I64.or with a constant right operand (sign-extended).</summary>
    I64OrImm = 137,

    /// <summary>I64.xor with a constant right operand (sign-extended).</summary>
    I64XorImm = 138,

    /// <summary>I64.shl with a constant right operand (sign-extended).</summary>
    I64ShlImm = 139,

    /// <summary>I64.shrs with a constant right operand (sign-extended).</summary>
    I64ShrSImm = 140,

    /// <summary>I64.shru with a constant right operand (sign-extended).</summary>
    I64ShrUImm = 141,

    /// <summary>I64.eq with a constant right operand (sign-extended).</summary>
    I64EqImm = 142,

    /// <summary>I64.ne with a constant right operand (sign-extended).</summary>
    I64NeImm = 143,

    /// <summary>I64.lts with a constant right operand (sign-extended).</summary>
    I64LtSImm = 144,

    /// <summary>I64.ltu with a constant right operand (sign-extended).</summary>
    I64LtUImm = 145,

    /// <summary>I64.gts with a constant right operand (sign-extended).</summary>
    I64GtSImm = 146,

    /// <summary>I64.gtu with a constant right operand (sign-extended).</summary>
    I64GtUImm = 147,

    /// <summary>I64.les with a constant right operand (sign-extended).</summary>
    I64LeSImm = 148,

    /// <summary>I64.leu with a constant right operand (sign-extended).</summary>
    I64LeUImm = 149,

    /// <summary>I64.ges with a constant right operand (sign-extended).</summary>
    I64GeSImm = 150,

    /// <summary>I64.geu with a constant right operand (sign-extended).</summary>
    I64GeUImm = 151,

    /// <summary>F32.abs.</summary>
    F32Abs = 152,

    /// <summary>F32.neg.</summary>
    F32Neg = 153,

    /// <summary>F32.ceil.</summary>
    F32Ceil = 154,

    /// <summary>F32.floor.</summary>
    F32Floor = 155,

    /// <summary>F32.trunc.</summary>
    F32Trunc = 156,

    /// <summary>F32.nearest.</summary>
    F32Nearest = 157,

    /// <summary>F32.sqrt.</summary>
    F32Sqrt = 158,

    /// <summary>F32.add.</summary>
    F32Add = 159,

    /// <summary>F32.sub.</summary>
    F32Sub = 160,

    /// <summary>F32.mul.</summary>
    F32Mul = 161,

    /// <summary>F32.div.</summary>
    F32Div = 162,

    /// <summary>F32.min.</summary>
    F32Min = 163,

    /// <summary>F32.max.</summary>
    F32Max = 164,

    /// <summary>F32.copysign.</summary>
    F32Copysign = 165,

    /// <summary>F32.eq.</summary>
    F32Eq = 166,

    /// <summary>F32.ne.</summary>
    F32Ne = 167,

    /// <summary>F32.lt.</summary>
    F32Lt = 168,

    /// <summary>F32.gt.</summary>
    F32Gt = 169,

    /// <summary>F32.le.</summary>
    F32Le = 170,

    /// <summary>F32.ge.</summary>
    F32Ge = 171,

    /// <summary>F64.abs.</summary>
    F64Abs = 172,

    /// <summary>F64.neg.</summary>
    F64Neg = 173,

    /// <summary>F64.ceil.</summary>
    F64Ceil = 174,

    /// <summary>F64.floor.</summary>
    F64Floor = 175,

    /// <summary>F64.trunc.</summary>
    F64Trunc = 176,

    /// <summary>F64.nearest.</summary>
    F64Nearest = 177,

    /// <summary>F64.sqrt.</summary>
    F64Sqrt = 178,

    /// <summary>F64.add.</summary>
    F64Add = 179,

    /// <summary>F64.sub.</summary>
    F64Sub = 180,

    /// <summary>F64.mul.</summary>
    F64Mul = 181,

    /// <summary>F64.div.</summary>
    F64Div = 182,

    /// <summary>F64.min.</summary>
    F64Min = 183,

    /// <summary>F64.max.</summary>
    F64Max = 184,

    /// <summary>F64.copysign.</summary>
    F64Copysign = 185,

    /// <summary>F64.eq.</summary>
    F64Eq = 186,

    /// <summary>F64.ne.</summary>
    F64Ne = 187,

    /// <summary>F64.lt.</summary>
    F64Lt = 188,

    /// <summary>F64.gt.</summary>
    F64Gt = 189,

    /// <summary>F64.le.</summary>
    F64Le = 190,

    /// <summary>F64.ge.</summary>
    F64Ge = 191,

    /// <summary>Conversion I32TruncF32S.</summary>
    I32TruncF32S = 192,

    /// <summary>Conversion I32TruncF32U.</summary>
    I32TruncF32U = 193,

    /// <summary>Conversion I32TruncF64S.</summary>
    I32TruncF64S = 194,

    /// <summary>Conversion I32TruncF64U.</summary>
    I32TruncF64U = 195,

    /// <summary>Conversion I64TruncF32S.</summary>
    I64TruncF32S = 196,

    /// <summary>Conversion I64TruncF32U.</summary>
    I64TruncF32U = 197,

    /// <summary>Conversion I64TruncF64S.</summary>
    I64TruncF64S = 198,

    /// <summary>Conversion I64TruncF64U.</summary>
    I64TruncF64U = 199,

    /// <summary>Conversion F32ConvertI32S.</summary>
    F32ConvertI32S = 200,

    /// <summary>Conversion F32ConvertI32U.</summary>
    F32ConvertI32U = 201,

    /// <summary>Conversion F32ConvertI64S.</summary>
    F32ConvertI64S = 202,

    /// <summary>Conversion F32ConvertI64U.</summary>
    F32ConvertI64U = 203,

    /// <summary>Conversion F32DemoteF64.</summary>
    F32DemoteF64 = 204,

    /// <summary>Conversion F64ConvertI32S.</summary>
    F64ConvertI32S = 205,

    /// <summary>Conversion F64ConvertI32U.</summary>
    F64ConvertI32U = 206,

    /// <summary>Conversion F64ConvertI64S.</summary>
    F64ConvertI64S = 207,

    /// <summary>Conversion F64ConvertI64U.</summary>
    F64ConvertI64U = 208,

    /// <summary>Conversion F64PromoteF32.</summary>
    F64PromoteF32 = 209,

    /// <summary>Conversion I32TruncSatF32S.</summary>
    I32TruncSatF32S = 210,

    /// <summary>Conversion I32TruncSatF32U.</summary>
    I32TruncSatF32U = 211,

    /// <summary>Conversion I32TruncSatF64S.</summary>
    I32TruncSatF64S = 212,

    /// <summary>Conversion I32TruncSatF64U.</summary>
    I32TruncSatF64U = 213,

    /// <summary>Conversion I64TruncSatF32S.</summary>
    I64TruncSatF32S = 214,

    /// <summary>Conversion I64TruncSatF32U.</summary>
    I64TruncSatF32U = 215,

    /// <summary>Conversion I64TruncSatF64S.</summary>
    I64TruncSatF64S = 216,

    /// <summary>Conversion I64TruncSatF64U.</summary>
    I64TruncSatF64U = 217,

    /// <summary>D = s + i, then jump if d is not zero (a counter's local.tee then br_if).</summary>
    I32AddImmBrNz = 218,

    /// <summary>D = s + i, then jump if d is zero.</summary>
    I32AddImmBrZ = 219,

    /// <summary>Jump if i32.eq s1 s2.</summary>
    BrI32Eq = 220,

    /// <summary>Jump if i32.eq s1 i.</summary>
    BrI32EqImm = 221,

    /// <summary>Jump if i32.ne s1 s2.</summary>
    BrI32Ne = 222,

    /// <summary>Jump if i32.ne s1 i.</summary>
    BrI32NeImm = 223,

    /// <summary>Jump if i32.lts s1 s2.</summary>
    BrI32LtS = 224,

    /// <summary>Jump if i32.lts s1 i.</summary>
    BrI32LtSImm = 225,

    /// <summary>Jump if i32.ltu s1 s2.</summary>
    BrI32LtU = 226,

    /// <summary>Jump if i32.ltu s1 i.</summary>
    BrI32LtUImm = 227,

    /// <summary>Jump if i32.gts s1 s2.</summary>
    BrI32GtS = 228,

    /// <summary>Jump if i32.gts s1 i.</summary>
    BrI32GtSImm = 229,

    /// <summary>Jump if i32.gtu s1 s2.</summary>
    BrI32GtU = 230,

    /// <summary>Jump if i32.gtu s1 i.</summary>
    BrI32GtUImm = 231,

    /// <summary>Jump if i32.les s1 s2.</summary>
    BrI32LeS = 232,

    /// <summary>Jump if i32.les s1 i.</summary>
    BrI32LeSImm = 233,

    /// <summary>Jump if i32.leu s1 s2.</summary>
    BrI32LeU = 234,

    /// <summary>Jump if i32.leu s1 i.</summary>
    BrI32LeUImm = 235,

    /// <summary>Jump if i32.ges s1 s2.</summary>
    BrI32GeS = 236,

    /// <summary>Jump if i32.ges s1 i.</summary>
    BrI32GeSImm = 237,

    /// <summary>Jump if i32.geu s1 s2.</summary>
    BrI32GeU = 238,

    /// <summary>Jump if i32.geu s1 i.</summary>
    BrI32GeUImm = 239,

    /// <summary>Jump if i64.eq s1 s2.</summary>
    BrI64Eq = 240,

    /// <summary>Jump if i64.eq s1 i.</summary>
    BrI64EqImm = 241,

    /// <summary>Jump if i64.ne s1 s2.</summary>
    BrI64Ne = 242,

    /// <summary>Jump if i64.ne s1 i.</summary>
    BrI64NeImm = 243,

    /// <summary>Jump if i64.lts s1 s2.</summary>
    BrI64LtS = 244,

    /// <summary>Jump if i64.lts s1 i.</summary>
    BrI64LtSImm = 245,

    /// <summary>Jump if i64.ltu s1 s2.</summary>
    BrI64LtU = 246,

    /// <summary>Jump if i64.ltu s1 i.</summary>
    BrI64LtUImm = 247,

    /// <summary>Jump if i64.gts s1 s2.</summary>
    BrI64GtS = 248,

    /// <summary>Jump if i64.gts s1 i.</summary>
    BrI64GtSImm = 249,

    /// <summary>Jump if i64.gtu s1 s2.</summary>
    BrI64GtU = 250,

    /// <summary>Jump if i64.gtu s1 i.</summary>
    BrI64GtUImm = 251,

    /// <summary>Jump if i64.les s1 s2.</summary>
    BrI64LeS = 252,

    /// <summary>Jump if i64.les s1 i.</summary>
    BrI64LeSImm = 253,

    /// <summary>Jump if i64.leu s1 s2.</summary>
    BrI64LeU = 254,

    /// <summary>Jump if i64.leu s1 i.</summary>
    BrI64LeUImm = 255,

    /// <summary>Jump if i64.ges s1 s2.</summary>
    BrI64GeS = 256,

    /// <summary>Jump if i64.ges s1 i.</summary>
    BrI64GeSImm = 257,

    /// <summary>Jump if i64.geu s1 s2.</summary>
    BrI64GeU = 258,

    /// <summary>Jump if i64.geu s1 i.</summary>
    BrI64GeUImm = 259,

    /// <summary>Copy the argument slots S into the frame at slot s, then call defined function x (superinstruction).</summary>
    CallArgs = 260,
}
