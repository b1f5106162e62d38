namespace Phasor.Script.Diagnostics;

/// <summary>Every diagnostic the script front end can report, one row each: PS10xx syntax, PS11xx unsupported features, PS2xxx scope errors.</summary>
/// <remarks>
/// Messages follow the wording users know from JavaScript engines where one exists. Assigning to a
/// <c>const</c> is not here on purpose: JavaScript raises it as a TypeError when the assignment runs.
/// </remarks>
internal static class DiagnosticCatalogue
{
    // PS10xx: the text is not valid (TypeScript-subset) source.
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("PS1001", "Unexpected character '{0}'");
    public static readonly DiagnosticDescriptor UnexpectedToken = new("PS1002", "Found {0} where {1} was expected");
    public static readonly DiagnosticDescriptor UnterminatedString = new("PS1003", "Unterminated string literal");
    public static readonly DiagnosticDescriptor UnterminatedTemplate = new("PS1004", "Unterminated template literal");
    public static readonly DiagnosticDescriptor UnterminatedComment = new("PS1005", "Unterminated comment");
    public static readonly DiagnosticDescriptor InvalidNumber = new("PS1006", "Invalid number literal");
    public static readonly DiagnosticDescriptor InvalidEscape = new("PS1007", "Invalid escape sequence");
    public static readonly DiagnosticDescriptor LineBreakAfterThrow = new("PS1008", "Line break is not allowed after 'throw'");
    public static readonly DiagnosticDescriptor ConstWithoutInitializer = new("PS1009", "'const' declarations must be initialized");
    public static readonly DiagnosticDescriptor InvalidAssignmentTarget = new("PS1010", "Invalid assignment target");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("PS1011", "Code is nested too deeply");
    public static readonly DiagnosticDescriptor InvalidForInOfDeclaration = new("PS1012", "A 'for...{0}' loop declares exactly one variable, without an initializer");
    public static readonly DiagnosticDescriptor DuplicateDefaultClause = new("PS1013", "A 'switch' statement has more than one 'default' clause");
    public static readonly DiagnosticDescriptor RestMustBeLast = new("PS1014", "A rest element must be last");
    public static readonly DiagnosticDescriptor UnaryBeforeExponent = new("PS1015", "A unary operator before '**' must be parenthesized");
    public static readonly DiagnosticDescriptor MixedCoalesce = new("PS1016", "'??' cannot be mixed with '&&' or '||' without parentheses");
    public static readonly DiagnosticDescriptor LineBreakBeforeArrow = new("PS1017", "Line break is not allowed before '=>'");
    public static readonly DiagnosticDescriptor MissingCatchOrFinally = new("PS1018", "'try' needs a 'catch' or a 'finally' block");
    public static readonly DiagnosticDescriptor DuplicateConstructor = new("PS1019", "A class may have only one constructor");
    public static readonly DiagnosticDescriptor ReservedWordAsName = new("PS1020", "'{0}' is a reserved word and cannot be used as a name");
    public static readonly DiagnosticDescriptor InvalidRestParameter = new("PS1021", "A rest parameter cannot have a default value");
    public static readonly DiagnosticDescriptor InvalidAccessor = new("PS1022", "A '{0}' accessor has {1} parameter(s)");
    public static readonly DiagnosticDescriptor DeleteOfVariable = new("PS1023", "'delete' of a variable is not allowed (strict mode); delete removes properties: 'delete a.b'");

    // PS11xx: valid JavaScript or TypeScript that Phasor Script does not support (yet).
    public static readonly DiagnosticDescriptor GeneratorsNotSupported = new("PS1101", "Generators are not supported");
    public static readonly DiagnosticDescriptor AsyncNotSupported = new("PS1102", "'async' functions and 'await' are not supported");
    public static readonly DiagnosticDescriptor RegularExpressionsNotSupported = new("PS1103", "Regular expression literals are not supported");
    public static readonly DiagnosticDescriptor WithNotSupported = new("PS1104", "'with' statements are not supported");
    public static readonly DiagnosticDescriptor ModulesNotSupported = new("PS1105", "'import' and 'export' are not supported");
    public static readonly DiagnosticDescriptor PrivateNamesNotSupported = new("PS1106", "Private names (#name) are not supported; use 'private' instead");
    public static readonly DiagnosticDescriptor TaggedTemplatesNotSupported = new("PS1107", "Tagged templates are not supported");
    public static readonly DiagnosticDescriptor AngleTypeAssertionNotSupported = new("PS1108", "'<T>value' type assertions are not supported; use 'value as T'");
    public static readonly DiagnosticDescriptor NamespacesNotSupported = new("PS1109", "Namespaces are not supported");
    public static readonly DiagnosticDescriptor ArgumentsNotSupported = new("PS1110", "'arguments' is not supported; use a rest parameter");
    public static readonly DiagnosticDescriptor BigIntNotSupported = new("PS1111", "BigInt literals are not supported");
    public static readonly DiagnosticDescriptor StaticBlocksNotSupported = new("PS1112", "Static initialization blocks are not supported");
    public static readonly DiagnosticDescriptor DecoratorsNotSupported = new("PS1113", "Decorators are not supported");
    public static readonly DiagnosticDescriptor LegacyOctalNotSupported = new("PS1114", "Legacy octal literals are not supported; use the '0o' prefix");
    public static readonly DiagnosticDescriptor LabelledFunctionNotSupported = new("PS1115", "Labels on function declarations are not supported");
    public static readonly DiagnosticDescriptor EvalNotSupported = new("PS1116", "'eval' is not supported");
    public static readonly DiagnosticDescriptor ProxiesNotSupported = new("PS1117", "Proxies are not supported");

    // PS2xxx: the source parses but its names or jumps do not resolve.
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new("PS2001", "Identifier '{0}' has already been declared");
    public static readonly DiagnosticDescriptor BreakOutsideLoop = new("PS2002", "'break' must be inside a loop or a 'switch'");
    public static readonly DiagnosticDescriptor ContinueOutsideLoop = new("PS2003", "'continue' must be inside a loop");
    public static readonly DiagnosticDescriptor UnknownLabel = new("PS2004", "Undefined label '{0}'");
    public static readonly DiagnosticDescriptor ReturnOutsideFunction = new("PS2005", "'return' must be inside a function");
    public static readonly DiagnosticDescriptor SuperOutsideMethod = new("PS2006", "'super' is only valid inside methods of a class");
    public static readonly DiagnosticDescriptor SuperCallOutsideConstructor = new("PS2007", "'super()' is only valid in the constructor of a class that extends another");
    public static readonly DiagnosticDescriptor DuplicateLabel = new("PS2008", "Label '{0}' has already been declared");
    public static readonly DiagnosticDescriptor ContinueToNonLoopLabel = new("PS2009", "Label '{0}' of 'continue' is not on a loop");
    public static readonly DiagnosticDescriptor NewTargetOutsideFunction = new("PS2010", "'new.target' is only valid inside functions");
}
