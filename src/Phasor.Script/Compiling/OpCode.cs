namespace Phasor.Script.Compiling;

/// <summary>One instruction of the accumulator register machine; operands follow it in the code array (see <see cref="OpTable"/>).</summary>
internal enum OpCode
{
    Nop,
    LdaUndefined,
    LdaNull,
    LdaTrue,
    LdaFalse,
    LdaHole,
    LdaInt,
    LdaConst,
    Ldar,
    Star,
    Mov,
    LdaEnv,
    StaEnv,
    LdaGlobal,
    LdaGlobalOrUndefined,
    StaGlobal,
    InitGlobal,
    DeclareGlobalVar,
    DeclareGlobalLet,
    CheckHole,
    ThrowConstAssign,
    PushEnv,
    PopEnv,
    CopyEnv,
    SaveEnv,
    RestoreEnv,
    LdaThis,
    LdaNewTarget,
    LdaFunction,
    LdaHome,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    Shl,
    Shr,
    Ushr,
    BitAnd,
    BitOr,
    BitXor,
    Eq,
    Ne,
    StrictEq,
    StrictNe,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    InstanceOf,
    Neg,
    ToNumeric,
    Not,
    BitNot,
    TypeOf,
    Inc,
    Dec,
    ToStringOp,
    Jump,
    JumpIfTrue,
    JumpIfFalse,
    JumpIfNullish,
    JumpIfNotNullish,
    JumpIfNotUndefined,
    GetNamed,
    SetNamed,
    GetKeyed,
    SetKeyed,
    DeleteKeyed,
    GetSuper,
    SetSuper,
    CreateObject,
    CreateArray,
    ArrayPush,
    ArrayHole,
    ArraySpread,
    DefineKeyed,
    DefineGetter,
    DefineSetter,
    CopyData,
    ObjectRest,
    Closure,
    Method,
    CreateClass,
    InitFields,
    Call,
    CallSpread,
    New,
    NewSpread,
    SuperCall,
    SuperCallSpread,
    Return,
    Throw,
    ThrowReference,
    GetIterator,
    IterStep,
    IterClose,
    ForInKeys,
    SetProto,
    JumpIfNotLt,
    JumpIfNotLe,
    JumpIfNotGt,
    JumpIfNotGe,

    /// <summary><c>super(...)</c> away from the constructor's frame (in an arrow): constructs the parent of the function in the first register with the new.target in the second and the arguments array in the third.</summary>
    SuperConstruct,

    /// <summary>Runs the instance field initializers of the class constructor in the first register on the object in the second.</summary>
    InitFieldsFrom,

    /// <summary>Throws "Super constructor may only be called once" unless the accumulator (a constructor's this binding) is still the hole.</summary>
    CheckThisUninitialized,

    /// <summary>Throws the accumulator again without moving the recorded throw site (finally blocks and iterator closing pass exceptions on).</summary>
    Rethrow,

    /// <summary>Names the function in the accumulator after the computed key in a register, with a "get "/"set " prefix when the operand is 1/2 (SetFunctionName).</summary>
    SetFunctionName,

    /// <summary>Throws V8's TypeError unless the accumulator, a derived constructor's return value, is an object (undefined was handled before).</summary>
    CheckDerivedResult,

    // ---- Superinstructions (see Superinstructions): written over the first word of a common sequence, whose other
    // words stay in place, so the operands are read where the compiler put them and a frame pushed by a later part
    // resumes at that part's own instruction.

    /// <summary><c>ldar r; to_numeric; inc; star r</c>: increments a register (<c>i++</c> as a statement).</summary>
    IncRegister,

    /// <summary><c>ldar r; to_numeric; dec; star r</c>.</summary>
    DecRegister,

    /// <summary><c>lda_int k; jump_if_not_lt r, @t</c>.</summary>
    JumpIfNotLtInt,

    /// <summary><c>lda_int k; jump_if_not_le r, @t</c>.</summary>
    JumpIfNotLeInt,

    /// <summary><c>lda_int k; jump_if_not_gt r, @t</c>.</summary>
    JumpIfNotGtInt,

    /// <summary><c>lda_int k; jump_if_not_ge r, @t</c>.</summary>
    JumpIfNotGeInt,

    /// <summary><c>lda_int k; add r</c>: the accumulator gets <c>r + k</c>.</summary>
    AddInt,

    /// <summary><c>lda_int k; sub r</c>: the accumulator gets <c>r - k</c>.</summary>
    SubInt,

    /// <summary><c>lda_int k; mul r</c>.</summary>
    MulInt,

    /// <summary><c>lda_int k; mod r</c>.</summary>
    ModInt,

    /// <summary><c>lda_global g; star r</c>.</summary>
    LdaGlobalStar,

    /// <summary><c>star r; ldar s</c>.</summary>
    StarLdar,

    /// <summary><c>star r; call ...</c>: stores the last argument and calls.</summary>
    StarCall,

    /// <summary><c>get_named o, 'k', ic; star r</c>.</summary>
    GetNamedStar,

    /// <summary><c>lda_env d, s; star r</c>.</summary>
    LdaEnvStar,

    /// <summary><c>ldar k; get_keyed o</c>: the accumulator gets <c>o[k]</c>.</summary>
    LdarGetKeyed,

    /// <summary><c>ldar r; return</c>.</summary>
    LdarReturn,

    /// <summary><c>lda_null; strict_ne r; jump_if_false @t</c>: jumps when <c>r === null</c>.</summary>
    JumpIfNull,

    /// <summary><c>lda_null; strict_eq r; jump_if_false @t</c>: jumps when <c>r !== null</c>.</summary>
    JumpIfNotNull,

    /// <summary><c>add r; return</c>: returns <c>r + acc</c> (<c>return a + b</c>, the end of a recursive step).</summary>
    AddReturn,

    /// <summary><c>star r; lda_global g; star s</c>: keeps a call's result and loads the next global callee.</summary>
    StarLdaGlobalStar,
}
