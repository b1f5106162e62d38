using Phasor.Script.Diagnostics;

namespace Phasor.Cli.Scripting;

/// <summary>Decides whether REPL input that failed to parse only needs more lines (an open block, paren, template...).</summary>
internal static class InputCompleteness
{
    private const string UnterminatedString = "PS1003";
    private const string UnterminatedTemplate = "PS1004";
    private const string UnterminatedComment = "PS1005";

    /// <summary>
    /// True when every diagnostic is one that more input could fix: a token expected where the input ended, a
    /// template literal or block comment still open, or a string continued onto the next line by a final backslash.
    /// An error anywhere else is a real error, so the REPL reports it at once instead of waiting.
    /// </summary>
    public static bool IsIncomplete(IReadOnlyList<Diagnostic> diagnostics, string source)
    {
        if (diagnostics.Count == 0)
        {
            return false;
        }

        foreach (var diagnostic in diagnostics)
        {
            if (!NeedsMoreInput(diagnostic, source))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsMoreInput(Diagnostic diagnostic, string source) => diagnostic.Id switch
    {
        // Templates and block comments may span lines, so an unterminated one always ran into the end of the input.
        UnterminatedTemplate or UnterminatedComment => true,

        // A plain string ends at the line break unless a backslash continues it (ECMAScript LineContinuation).
        UnterminatedString => source.TrimEnd('\n', '\r').EndsWith('\\'),

        // Anything else is incomplete only if it was found at the end of the input (only whitespace after it).
        _ => source.AsSpan(Math.Min(diagnostic.Span.Start, source.Length)).IsWhiteSpace(),
    };
}
