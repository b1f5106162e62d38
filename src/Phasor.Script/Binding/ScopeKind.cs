namespace Phasor.Script.Binding;

/// <summary>What introduced a scope.</summary>
internal enum ScopeKind
{
    /// <summary>The top level of a script; its declarations are globals.</summary>
    Script,

    /// <summary>A function's parameters, var declarations and top-level body declarations.</summary>
    Function,

    /// <summary>
    /// The body of a function whose parameters have expressions (defaults, patterns): its var, function and lexical
    /// declarations live apart from the parameters (ECMAScript 10.2.11 steps 27-28), so parameter defaults cannot see them.
    /// </summary>
    Body,

    /// <summary>A block statement.</summary>
    Block,

    /// <summary>The head of a for, for-in or for-of loop; its let/const bindings are per iteration.</summary>
    Loop,

    /// <summary>A catch clause's parameter.</summary>
    Catch,

    /// <summary>The case block of a switch statement.</summary>
    Switch,

    /// <summary>The inner name binding of a named class expression.</summary>
    Class,

    /// <summary>The members of an enum, in scope inside its initializers; it never has an environment.</summary>
    Enum,
}
