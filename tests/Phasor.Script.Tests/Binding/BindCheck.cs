using System.Collections;
using Phasor.Script.Binding;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Tests.Binding;

/// <summary>Binds a source and describes each name's resolution in source order, e.g. <c>x=r0 y=env1.0 z=global</c>.</summary>
internal static class BindCheck
{
    public static BoundTree Bind(string source)
    {
        var tree = SyntaxTree.Parse(new SourceText("test.ts", source));
        Assert.Empty(tree.Diagnostics);
        return Binder.Bind(tree);
    }

    /// <summary>Asserts the binder reports nothing and the names resolve as <paramref name="expected"/>.</summary>
    public static BoundTree Check(string source, string expected)
    {
        var bound = Bind(source);
        Assert.Equal("", string.Join("\n", bound.Syntax.Diagnostics.Select(d => d.ToString())));
        Assert.Equal(expected, Describe(bound));
        return bound;
    }

    public static void Errors(string source, params string[] expected)
    {
        var bound = Bind(source);
        Assert.Equal(expected, bound.Syntax.Diagnostics.Select(d => $"{d.Position}: {d.Id}: {d.Message}").ToArray());
    }

    public static string Describe(BoundTree bound)
    {
        var names = bound.Syntax.Names;
        var parts = new List<string>();
        foreach (var node in Nodes(bound.Syntax.Root).OrderBy(n => n.Span.Start))
        {
            var (name, resolution) = node switch
            {
                Identifier e => (names[e.NameId], e.Resolution),
                BindingIdentifier e => (names[e.NameId], e.Resolution),
                ThisExpression e => ("this", e.Resolution),
                SuperExpression e => ("super", e.Resolution),
                NewTargetExpression e => ("new.target", e.Resolution),
                _ => (null, default),
            };
            if (name is not null)
            {
                parts.Add($"{name}={Format(resolution)}");
            }
        }

        return string.Join(" ", parts);
    }

    private static string Format(Resolution r)
    {
        var where = r.Kind switch
        {
            ResolutionKind.Local => $"r{r.Index}",
            ResolutionKind.Captured => $"env{r.Depth}.{r.Index}",
            ResolutionKind.Global => "global",
            ResolutionKind.EnumMember => "member",
            _ => "?",
        };
        return r.NeedsTdzCheck ? where + "!tdz" : where;
    }

    /// <summary>Every node of the tree (tests only: walks public properties by reflection).</summary>
    public static IEnumerable<SyntaxNode> Nodes(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var property in node.GetType().GetProperties())
            {
                if (property.CanWrite)
                {
                    // Binder annotations (jump targets) point back into the tree.
                    continue;
                }

                var value = property.GetValue(node);
                if (value is SyntaxNode child)
                {
                    stack.Push(child);
                }
                else if (value is IEnumerable list and not string)
                {
                    foreach (var item in list)
                    {
                        if (item is SyntaxNode element)
                        {
                            stack.Push(element);
                        }
                    }
                }
            }
        }
    }

    public static T Find<T>(BoundTree bound)
        where T : SyntaxNode => Nodes(bound.Syntax.Root).OfType<T>().OrderBy(n => n.Span.Start).First();
}
