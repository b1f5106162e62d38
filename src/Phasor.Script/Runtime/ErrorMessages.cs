namespace Phasor.Script.Runtime;

/// <summary>The catalogue of script-visible runtime error messages, worded as V8 words them ({0}, {1}: arguments).</summary>
internal static class ErrorMessages
{
    public const string CannotReadProperties = "Cannot read properties of {0} (reading '{1}')";
    public const string CannotSetProperties = "Cannot set properties of {0} (setting '{1}')";
    public const string NotAFunction = "{0} is not a function";
    public const string NotAConstructor = "{0} is not a constructor";
    public const string NotIterable = "{0} is not iterable";
    public const string NotDefined = "{0} is not defined";
    public const string AccessBeforeInitialization = "Cannot access '{0}' before initialization";
    public const string ThisBeforeSuper = "Must call super constructor in derived class before accessing 'this' or returning from derived constructor";
    public const string SuperCalledTwice = "Super constructor may only be called once";
    public const string DerivedConstructorResult = "Derived constructors may only return object or undefined";
    public const string ArrayElementAccessor = "Getters and setters on array elements are not supported";
    public const string CannotRedefine = "Cannot redefine property: {0}";
    public const string ConstAssignment = "Assignment to constant variable.";
    public const string StackOverflow = "Maximum call stack size exceeded";
    public const string InvalidArrayLength = "Invalid array length";
    public const string ReadOnlyProperty = "Cannot assign to read only property '{0}' of object '{1}'";
    public const string NotExtensible = "Cannot add property {0}, object is not extensible";
    public const string GetterOnly = "Cannot set property {0} of {1} which has only a getter";
    public const string CannotDelete = "Cannot delete property '{0}' of {1}";
    public const string InstanceofNotObject = "Right-hand side of 'instanceof' is not an object";
    public const string InstanceofNotCallable = "Right-hand side of 'instanceof' is not callable";
    public const string InNotObject = "Cannot use 'in' operator to search for '{0}' in {1}";
    public const string ClassWithoutNew = "Class constructor {0} cannot be invoked without 'new'";
    public const string CannotConvertToPrimitive = "Cannot convert object to primitive value";
    public const string CannotConvertToObject = "Cannot convert undefined or null to object";
    public const string ReduceOfEmptyArray = "Reduce of empty array with no initial value";
    public const string InvalidCountValue = "Invalid count value: {0}";
    public const string InvalidCodePoint = "Invalid code point {0}";
    public const string ToFixedDigits = "toFixed() digits argument must be between 0 and 100";
    public const string ToPrecisionDigits = "toPrecision() argument must be between 1 and 100";
    public const string ToExponentialDigits = "toExponential() argument must be between 0 and 100";
    public const string RadixRange = "toString() radix argument must be between 2 and 36";
    public const string IncompatibleReceiver = "Method {0} called on incompatible receiver {1}";
    public const string CalledOnNonObject = "{0} called on non-object";
    public const string InvalidPrototype = "Object prototype may only be an Object or null: {0}";
    public const string PropertyDescriptorNotObject = "Property description must be an object: {0}";
    public const string IteratorValueNotEntry = "Iterator value {0} is not an entry object";
    public const string CircularJson = "Converting circular structure to JSON";
    public const string BigIntJson = "Do not know how to serialize a BigInt";
    public const string JsonUnexpectedEnd = "Unexpected end of JSON input";
    public const string JsonUnexpectedToken = "Unexpected token '{0}', {1} is not valid JSON";
    public const string JsonExpectedPropertyName = "Expected property name or '}}' in JSON at position {0}";
    public const string JsonExpectedColon = "Expected ':' after property name in JSON at position {0}";
    public const string JsonExpectedCommaOrBrace = "Expected ',' or '}}' after property value in JSON at position {0}";
    public const string JsonExpectedCommaOrBracket = "Expected ',' or ']' after array element in JSON at position {0}";
    public const string JsonTrailing = "Unexpected non-whitespace character after JSON at position {0}";
    public const string JsonUnterminatedString = "Unterminated string in JSON at position {0}";
    public const string JsonBadEscape = "Bad escaped character in JSON at position {0}";
    public const string JsonBadControl = "Bad control character in string literal in JSON at position {0}";
    public const string JsonNoNumberAfterMinus = "No number after minus sign in JSON at position {0}";
    public const string JsonExponentMissing = "Exponent part is missing a number in JSON at position {0}";
    public const string JsonUnterminatedFraction = "Unterminated fractional number in JSON at position {0}";
    public const string NoVm = "Script functions cannot be called: no VM is attached to this realm";
}
