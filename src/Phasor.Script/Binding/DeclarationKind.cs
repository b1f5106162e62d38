namespace Phasor.Script.Binding;

/// <summary>How a variable was declared, which fixes its scope, hoisting and whether it can be reassigned.</summary>
internal enum DeclarationKind
{
    Var,
    Let,
    Const,
    Class,
    Enum,
    Function,
    Parameter,
    CatchParameter,

    /// <summary>The name of a named function expression, visible inside it and bound to the function itself.</summary>
    FunctionName,

    /// <summary>The implicit receiver of a non-arrow function.</summary>
    This,

    /// <summary>The implicit new.target of a non-arrow function.</summary>
    NewTarget,

    /// <summary>A member of an enum, visible by its bare name inside that enum's initializers (TypeScript).</summary>
    EnumMember,

    /// <summary>The running function itself, which a <c>super(...)</c> inside an arrow needs to find the parent constructor and the field initializers.</summary>
    ActiveFunction,

    /// <summary>The key of a class field with a computed name, evaluated once when the class is defined and read by the field initializers.</summary>
    FieldKey,

    /// <summary>The implicit home object of a method (the prototype, or the class for static methods), read by super.</summary>
    HomeObject,
}
