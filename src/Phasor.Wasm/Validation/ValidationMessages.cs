namespace Phasor.Wasm.Validation;

/// <summary>
/// Every validation error message, worded as the spec test suite's <c>assert_invalid</c> cases expect (the suite
/// matches a prefix, so indices follow the words as the reference interpreter prints them).
/// </summary>
internal static class ValidationMessages
{
    /// <summary>An operand or result has the wrong type, or is missing.</summary>
    public const string TypeMismatch = "type mismatch";

    /// <summary>A branch names a label beyond the enclosing blocks.</summary>
    public const string UnknownLabel = "unknown label";

    /// <summary>A load or store declares an alignment above its access size.</summary>
    public const string Alignment = "alignment must not be larger than natural";

    /// <summary>An initialiser uses a non-constant instruction (or a mutable global).</summary>
    public const string ConstantRequired = "constant expression required";

    /// <summary><c>global.set</c> of an immutable global.</summary>
    public const string GlobalImmutable = "global is immutable";

    /// <summary>Typed <c>select</c> with other than one type.</summary>
    public const string SelectArity = "invalid result arity";

    /// <summary><c>ref.func</c> of a function no element segment, export or global initialiser mentions.</summary>
    public const string UndeclaredReference = "undeclared function reference";

    /// <summary>Two exports with one name.</summary>
    public const string DuplicateExport = "duplicate export name";

    /// <summary>More than one memory (Wasm 2.0 allows one).</summary>
    public const string MultipleMemories = "multiple memories";

    /// <summary>Limits whose minimum exceeds their maximum.</summary>
    public const string LimitsOrder = "size minimum must not be greater than maximum";

    /// <summary>A memory of more than 4 GiB.</summary>
    public const string MemorySize = "memory size must be at most 65536 pages (4GiB)";

    /// <summary>A start function that takes parameters or returns results.</summary>
    public const string StartFunction = "start function";

    /// <summary>A v128 type anywhere: this tier does not implement SIMD.</summary>
    public const string Simd = "SIMD (v128) is not supported";

    /// <summary>An index beyond its index space: <c>unknown local 3</c>.</summary>
    public static string Unknown(string space, uint index) => $"unknown {space} {index}";
}
