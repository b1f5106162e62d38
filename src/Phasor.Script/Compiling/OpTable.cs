namespace Phasor.Script.Compiling;

/// <summary>Opcode metadata as data: one row per <see cref="OpCode"/>, in enum order, naming its operands.</summary>
internal static class OpTable
{
    private static readonly OpInfo[] s_ops =
    [
        new("nop"), // Nop
        new("lda_undefined"), // LdaUndefined
        new("lda_null"), // LdaNull
        new("lda_true"), // LdaTrue
        new("lda_false"), // LdaFalse
        new("lda_hole"), // LdaHole
        new("lda_int", OperandKind.Int), // LdaInt
        new("lda_const", OperandKind.Constant), // LdaConst
        new("ldar", OperandKind.Register), // Ldar
        new("star", OperandKind.Register), // Star
        new("mov", OperandKind.Register, OperandKind.Register), // Mov
        new("lda_env", OperandKind.Int, OperandKind.Int), // LdaEnv
        new("sta_env", OperandKind.Int, OperandKind.Int), // StaEnv
        new("lda_global", OperandKind.Cell), // LdaGlobal
        new("lda_global_or_undefined", OperandKind.Cell), // LdaGlobalOrUndefined
        new("sta_global", OperandKind.Cell), // StaGlobal
        new("init_global", OperandKind.Cell), // InitGlobal
        new("declare_global_var", OperandKind.Cell), // DeclareGlobalVar
        new("declare_global_let", OperandKind.Cell), // DeclareGlobalLet
        new("check_hole", OperandKind.Constant), // CheckHole
        new("throw_const_assign"), // ThrowConstAssign
        new("push_env", OperandKind.Int), // PushEnv
        new("pop_env"), // PopEnv
        new("copy_env"), // CopyEnv
        new("save_env", OperandKind.Register), // SaveEnv
        new("restore_env", OperandKind.Register), // RestoreEnv
        new("lda_this"), // LdaThis
        new("lda_new_target"), // LdaNewTarget
        new("lda_function"), // LdaFunction
        new("lda_home"), // LdaHome
        new("add", OperandKind.Register), // Add
        new("sub", OperandKind.Register), // Sub
        new("mul", OperandKind.Register), // Mul
        new("div", OperandKind.Register), // Div
        new("mod", OperandKind.Register), // Mod
        new("exp", OperandKind.Register), // Exp
        new("shl", OperandKind.Register), // Shl
        new("shr", OperandKind.Register), // Shr
        new("ushr", OperandKind.Register), // Ushr
        new("bit_and", OperandKind.Register), // BitAnd
        new("bit_or", OperandKind.Register), // BitOr
        new("bit_xor", OperandKind.Register), // BitXor
        new("eq", OperandKind.Register), // Eq
        new("ne", OperandKind.Register), // Ne
        new("strict_eq", OperandKind.Register), // StrictEq
        new("strict_ne", OperandKind.Register), // StrictNe
        new("lt", OperandKind.Register), // Lt
        new("le", OperandKind.Register), // Le
        new("gt", OperandKind.Register), // Gt
        new("ge", OperandKind.Register), // Ge
        new("in", OperandKind.Register), // In
        new("instance_of", OperandKind.Register), // InstanceOf
        new("neg"), // Neg
        new("to_numeric"), // ToNumeric
        new("not"), // Not
        new("bit_not"), // BitNot
        new("type_of"), // TypeOf
        new("inc"), // Inc
        new("dec"), // Dec
        new("to_string"), // ToStringOp
        new("jump", OperandKind.Jump), // Jump
        new("jump_if_true", OperandKind.Jump), // JumpIfTrue
        new("jump_if_false", OperandKind.Jump), // JumpIfFalse
        new("jump_if_nullish", OperandKind.Jump), // JumpIfNullish
        new("jump_if_not_nullish", OperandKind.Jump), // JumpIfNotNullish
        new("jump_if_not_undefined", OperandKind.Jump), // JumpIfNotUndefined
        new("get_named", OperandKind.Register, OperandKind.Constant, OperandKind.Cache), // GetNamed
        new("set_named", OperandKind.Register, OperandKind.Constant, OperandKind.Cache), // SetNamed
        new("get_keyed", OperandKind.Register), // GetKeyed
        new("set_keyed", OperandKind.Register, OperandKind.Register), // SetKeyed
        new("delete_keyed", OperandKind.Register), // DeleteKeyed
        new("get_super", OperandKind.Register, OperandKind.Register), // GetSuper
        new("set_super", OperandKind.Register, OperandKind.Register, OperandKind.Register), // SetSuper
        new("create_object"), // CreateObject
        new("create_array"), // CreateArray
        new("array_push", OperandKind.Register), // ArrayPush
        new("array_hole", OperandKind.Register), // ArrayHole
        new("array_spread", OperandKind.Register), // ArraySpread
        new("define_keyed", OperandKind.Register, OperandKind.Register, OperandKind.Int), // DefineKeyed
        new("define_getter", OperandKind.Register, OperandKind.Register, OperandKind.Int), // DefineGetter
        new("define_setter", OperandKind.Register, OperandKind.Register, OperandKind.Int), // DefineSetter
        new("copy_data", OperandKind.Register), // CopyData
        new("object_rest", OperandKind.Register, OperandKind.Register, OperandKind.Int), // ObjectRest
        new("closure", OperandKind.Function), // Closure
        new("method", OperandKind.Function, OperandKind.Register), // Method
        new("create_class", OperandKind.Int, OperandKind.Int, OperandKind.Constant, OperandKind.Int), // CreateClass
        new("init_fields", OperandKind.Register), // InitFields
        new("call", OperandKind.Register, OperandKind.Register, OperandKind.Register, OperandKind.Int), // Call
        new("call_spread", OperandKind.Register, OperandKind.Register, OperandKind.Register), // CallSpread
        new("new", OperandKind.Register, OperandKind.Register, OperandKind.Int), // New
        new("new_spread", OperandKind.Register, OperandKind.Register), // NewSpread
        new("super_call", OperandKind.Register, OperandKind.Int), // SuperCall
        new("super_call_spread", OperandKind.Register), // SuperCallSpread
        new("return"), // Return
        new("throw"), // Throw
        new("throw_reference", OperandKind.Constant), // ThrowReference
        new("get_iterator"), // GetIterator
        new("iter_step", OperandKind.Register, OperandKind.Jump), // IterStep
        new("iter_close", OperandKind.Register), // IterClose
        new("for_in_keys"), // ForInKeys
        new("set_proto", OperandKind.Register), // SetProto
        new("jump_if_not_lt", OperandKind.Register, OperandKind.Jump), // JumpIfNotLt
        new("jump_if_not_le", OperandKind.Register, OperandKind.Jump), // JumpIfNotLe
        new("jump_if_not_gt", OperandKind.Register, OperandKind.Jump), // JumpIfNotGt
        new("jump_if_not_ge", OperandKind.Register, OperandKind.Jump), // JumpIfNotGe
        new("super_construct", OperandKind.Register, OperandKind.Register, OperandKind.Register), // SuperConstruct
        new("init_fields_from", OperandKind.Register, OperandKind.Register), // InitFieldsFrom
        new("check_this_uninitialized"), // CheckThisUninitialized
        new("rethrow"), // Rethrow
        new("set_function_name", OperandKind.Register, OperandKind.Int), // SetFunctionName
        new("check_derived_result"), // CheckDerivedResult
        new("inc_register", OperandKind.Register, OperandKind.Padding, OperandKind.Padding, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.Ldar }, // IncRegister
        new("dec_register", OperandKind.Register, OperandKind.Padding, OperandKind.Padding, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.Ldar }, // DecRegister
        new("jump_if_not_lt_int", OperandKind.Int, OperandKind.Padding, OperandKind.Register, OperandKind.Jump) { FusedFirst = OpCode.LdaInt }, // JumpIfNotLtInt
        new("jump_if_not_le_int", OperandKind.Int, OperandKind.Padding, OperandKind.Register, OperandKind.Jump) { FusedFirst = OpCode.LdaInt }, // JumpIfNotLeInt
        new("jump_if_not_gt_int", OperandKind.Int, OperandKind.Padding, OperandKind.Register, OperandKind.Jump) { FusedFirst = OpCode.LdaInt }, // JumpIfNotGtInt
        new("jump_if_not_ge_int", OperandKind.Int, OperandKind.Padding, OperandKind.Register, OperandKind.Jump) { FusedFirst = OpCode.LdaInt }, // JumpIfNotGeInt
        new("add_int", OperandKind.Int, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.LdaInt }, // AddInt
        new("sub_int", OperandKind.Int, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.LdaInt }, // SubInt
        new("mul_int", OperandKind.Int, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.LdaInt }, // MulInt
        new("mod_int", OperandKind.Int, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.LdaInt }, // ModInt
        new("lda_global_star", OperandKind.Cell, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.LdaGlobal }, // LdaGlobalStar
        new("star_ldar", OperandKind.Register, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.Star }, // StarLdar
        new("star_call", OperandKind.Register, OperandKind.Padding, OperandKind.Register, OperandKind.Register, OperandKind.Register, OperandKind.Int) { FusedFirst = OpCode.Star }, // StarCall
        new("get_named_star", OperandKind.Register, OperandKind.Constant, OperandKind.Cache, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.GetNamed }, // GetNamedStar
        new("lda_env_star", OperandKind.Int, OperandKind.Int, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.LdaEnv }, // LdaEnvStar
        new("ldar_get_keyed", OperandKind.Register, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.Ldar }, // LdarGetKeyed
        new("ldar_return", OperandKind.Register, OperandKind.Padding) { FusedFirst = OpCode.Ldar }, // LdarReturn
        new("jump_if_null", OperandKind.Padding, OperandKind.Register, OperandKind.Padding, OperandKind.Jump) { FusedFirst = OpCode.LdaNull }, // JumpIfNull
        new("jump_if_not_null", OperandKind.Padding, OperandKind.Register, OperandKind.Padding, OperandKind.Jump) { FusedFirst = OpCode.LdaNull }, // JumpIfNotNull
        new("add_return", OperandKind.Register, OperandKind.Padding) { FusedFirst = OpCode.Add }, // AddReturn
        new("star_lda_global_star", OperandKind.Register, OperandKind.Padding, OperandKind.Cell, OperandKind.Padding, OperandKind.Register) { FusedFirst = OpCode.Star }, // StarLdaGlobalStar
    ];

    /// <summary>Instructions that cannot throw or run script code: an expression position waits past them for one that can, as in V8.</summary>
    private static readonly bool[] s_withoutSideEffects = Flags(
    [
        OpCode.Nop, OpCode.LdaUndefined, OpCode.LdaNull, OpCode.LdaTrue, OpCode.LdaFalse, OpCode.LdaHole, OpCode.LdaInt,
        OpCode.LdaConst, OpCode.Ldar, OpCode.Star, OpCode.Mov, OpCode.LdaEnv, OpCode.StaEnv, OpCode.InitGlobal,
        OpCode.DeclareGlobalVar, OpCode.DeclareGlobalLet, OpCode.PushEnv, OpCode.PopEnv, OpCode.CopyEnv, OpCode.SaveEnv,
        OpCode.RestoreEnv, OpCode.LdaThis, OpCode.LdaNewTarget, OpCode.LdaFunction, OpCode.LdaHome, OpCode.StrictEq,
        OpCode.StrictNe, OpCode.Not, OpCode.TypeOf, OpCode.Jump, OpCode.JumpIfTrue, OpCode.JumpIfFalse, OpCode.JumpIfNullish,
        OpCode.JumpIfNotNullish, OpCode.JumpIfNotUndefined, OpCode.CreateObject, OpCode.CreateArray, OpCode.ArrayPush,
        OpCode.ArrayHole, OpCode.Closure, OpCode.Method, OpCode.LdaGlobalOrUndefined,
    ]);

    /// <summary>Whether an instruction can neither throw nor run script code (so it carries no expression position).</summary>
    public static bool IsWithoutSideEffects(OpCode op) => s_withoutSideEffects[(int)op];

    /// <summary>A table by opcode that is true for <paramref name="ops"/> (an array, not a set: no generic code to JIT at start).</summary>
    private static bool[] Flags(OpCode[] ops)
    {
        var table = new bool[s_ops.Length];
        foreach (var op in ops)
        {
            table[(int)op] = true;
        }

        return table;
    }

    /// <summary>Gets the description of an opcode.</summary>
    public static OpInfo Get(OpCode op) => s_ops[(int)op];

    /// <summary>Gets the number of rows, which tests compare with the enum.</summary>
    public static int Count => s_ops.Length;
}
