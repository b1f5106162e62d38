namespace Phasor.Script.Runtime;

/// <summary>The native error constructors of ECMAScript (20.5.5), indexing the realm's error intrinsics.</summary>
internal enum ErrorKind
{
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    URIError,
}
