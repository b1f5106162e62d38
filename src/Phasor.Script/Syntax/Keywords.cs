namespace Phasor.Script.Syntax;

/// <summary>The keyword spellings, in <see cref="TokenKind"/> order, and their recognition from a span of source.</summary>
internal static class Keywords
{
    public const TokenKind First = TokenKind.Break;
    public const TokenKind FirstContextual = TokenKind.Let;
    public const TokenKind Last = TokenKind.Undefined;

    /// <summary>Keyword text indexed by <c>kind - First</c>; a <see cref="NameTable"/> interns these first, so a keyword's name id is that index.</summary>
    public static readonly string[] Texts =
    [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
        "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
        "let", "static", "yield", "await", "async", "of", "get", "set", "as", "satisfies", "type", "interface",
        "declare", "namespace", "module", "global", "abstract", "readonly", "private", "protected", "public",
        "override", "accessor", "implements", "keyof", "infer", "is", "asserts", "unique", "constructor", "target",
        "arguments", "undefined",
    ];

    public static bool IsKeyword(TokenKind kind) => kind >= First;

    public static bool IsContextual(TokenKind kind) => kind >= FirstContextual;

    public static int NameId(TokenKind kind) => kind - First;

    /// <summary>The keyword spelled by <paramref name="text"/>, or <see cref="TokenKind.Identifier"/>.</summary>
    /// <remarks>
    /// Roslyn lowers a switch over a span with constant strings to a dispatch on length and then on a
    /// distinguishing character, followed by a single equality check: no hashing, no string allocation.
    /// </remarks>
    public static TokenKind Classify(ReadOnlySpan<char> text) => text switch
    {
        "break" => TokenKind.Break,
        "case" => TokenKind.Case,
        "catch" => TokenKind.Catch,
        "class" => TokenKind.Class,
        "const" => TokenKind.Const,
        "continue" => TokenKind.Continue,
        "debugger" => TokenKind.Debugger,
        "default" => TokenKind.Default,
        "delete" => TokenKind.Delete,
        "do" => TokenKind.Do,
        "else" => TokenKind.Else,
        "enum" => TokenKind.Enum,
        "export" => TokenKind.Export,
        "extends" => TokenKind.Extends,
        "false" => TokenKind.False,
        "finally" => TokenKind.Finally,
        "for" => TokenKind.For,
        "function" => TokenKind.Function,
        "if" => TokenKind.If,
        "import" => TokenKind.Import,
        "in" => TokenKind.In,
        "instanceof" => TokenKind.Instanceof,
        "new" => TokenKind.New,
        "null" => TokenKind.Null,
        "return" => TokenKind.Return,
        "super" => TokenKind.Super,
        "switch" => TokenKind.Switch,
        "this" => TokenKind.This,
        "throw" => TokenKind.Throw,
        "true" => TokenKind.True,
        "try" => TokenKind.Try,
        "typeof" => TokenKind.Typeof,
        "var" => TokenKind.Var,
        "void" => TokenKind.Void,
        "while" => TokenKind.While,
        "with" => TokenKind.With,
        "let" => TokenKind.Let,
        "static" => TokenKind.Static,
        "yield" => TokenKind.Yield,
        "await" => TokenKind.Await,
        "async" => TokenKind.Async,
        "of" => TokenKind.Of,
        "get" => TokenKind.Get,
        "set" => TokenKind.Set,
        "as" => TokenKind.As,
        "satisfies" => TokenKind.Satisfies,
        "type" => TokenKind.Type,
        "interface" => TokenKind.Interface,
        "declare" => TokenKind.Declare,
        "namespace" => TokenKind.Namespace,
        "module" => TokenKind.Module,
        "global" => TokenKind.Global,
        "abstract" => TokenKind.Abstract,
        "readonly" => TokenKind.Readonly,
        "private" => TokenKind.Private,
        "protected" => TokenKind.Protected,
        "public" => TokenKind.Public,
        "override" => TokenKind.Override,
        "accessor" => TokenKind.Accessor,
        "implements" => TokenKind.Implements,
        "keyof" => TokenKind.Keyof,
        "infer" => TokenKind.Infer,
        "is" => TokenKind.Is,
        "asserts" => TokenKind.Asserts,
        "unique" => TokenKind.Unique,
        "constructor" => TokenKind.Constructor,
        "target" => TokenKind.Target,
        "arguments" => TokenKind.Arguments,
        "undefined" => TokenKind.Undefined,
        _ => TokenKind.Identifier,
    };
}
