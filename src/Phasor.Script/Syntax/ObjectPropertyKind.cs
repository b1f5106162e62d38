namespace Phasor.Script.Syntax;

/// <summary>The form of an object literal member.</summary>
internal enum ObjectPropertyKind
{
    /// <summary><c>key: value</c>.</summary>
    Value,

    /// <summary><c>name</c> meaning <c>name: name</c>; the value is the identifier.</summary>
    Shorthand,

    /// <summary><c>key() {}</c>; the value is a method function.</summary>
    Method,

    /// <summary><c>get key() {}</c>.</summary>
    Getter,

    /// <summary><c>set key(v) {}</c>.</summary>
    Setter,

    /// <summary><c>...value</c>; no key.</summary>
    Spread,
}
