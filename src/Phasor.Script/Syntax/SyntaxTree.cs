using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>The result of parsing one source: the root node, the diagnostics and the name table that holds its names and strings.</summary>
/// <remarks><b>Architecture Invariant:</b> parsing never throws and always yields a tree; when <see cref="Diagnostics"/> has errors the tree may hold <see cref="ErrorExpression"/> nodes and must not be compiled.</remarks>
internal sealed class SyntaxTree(SourceText source, SourceFile root, DiagnosticBag diagnostics, NameTable names)
{
    public SourceText Source { get; } = source;

    public SourceFile Root { get; } = root;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public NameTable Names { get; } = names;

    /// <summary>Parses <paramref name="source"/> with a fresh parser; an engine keeps one <see cref="Parser"/> instead, to reuse its buffers and names.</summary>
    public static SyntaxTree Parse(SourceText source, NameTable? names = null) => new Parser(names ?? new NameTable()).Parse(source);

    /// <summary>Parses <paramref name="text"/> as a source named <c>script.ts</c>.</summary>
    public static SyntaxTree Parse(string text) => Parse(new SourceText("script.ts", text));
}
