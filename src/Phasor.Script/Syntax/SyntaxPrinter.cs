using System.Globalization;
using System.Text;

namespace Phasor.Script.Syntax;

/// <summary>Prints a syntax tree as compact S-expressions, such as <c>(+ a (* b c))</c>; used by tests and for debugging.</summary>
internal sealed partial class SyntaxPrinter
{
    private readonly StringBuilder _out = new();
    private readonly NameTable? _names;

    private SyntaxPrinter(NameTable? names)
    {
        _names = names;
    }

    /// <summary>Prints <paramref name="node"/>; names print as their text when <paramref name="names"/> is given, else as <c>#id</c>.</summary>
    public static string Print(SyntaxNode node, NameTable? names = null)
    {
        var printer = new SyntaxPrinter(names);
        printer.Write(node);
        return printer._out.ToString();
    }

    private string Name(int id) => id < 0 ? "<missing>" : _names is null ? $"#{id}" : _names[id];

    private void Open(string head) => _out.Append('(').Append(head);

    private void Close() => _out.Append(')');

    private void Child(SyntaxNode? node)
    {
        _out.Append(' ');
        if (node is null)
        {
            _out.Append('_');
        }
        else
        {
            Write(node);
        }
    }

    private void Children(IEnumerable<SyntaxNode?> nodes)
    {
        foreach (var node in nodes)
        {
            Child(node);
        }
    }

    private void Form(string head, params SyntaxNode?[] children)
    {
        Open(head);
        Children(children);
        Close();
    }

    private void Write(SyntaxNode node)
    {
        switch (node)
        {
            case SourceFile file:
                for (var i = 0; i < file.Statements.Length; i++)
                {
                    if (i > 0)
                    {
                        _out.Append(' ');
                    }

                    Write(file.Statements[i]);
                }

                break;
            case BlockStatement block:
                Open("block");
                Children(block.Statements);
                Close();
                break;
            case EmptyStatement:
                _out.Append("(empty)");
                break;
            case ExpressionStatement statement:
                Write(statement.Expression);
                break;
            case VariableDeclaration declaration:
                Open(declaration.DeclarationKind.ToString().ToLowerInvariant());
                Children(declaration.Declarators);
                Close();
                break;
            case VariableDeclarator declarator:
                if (declarator.Initializer is null)
                {
                    Write(declarator.Target);
                }
                else
                {
                    Form("=", declarator.Target, declarator.Initializer);
                }

                break;
            case FunctionDeclaration declaration:
                Write(declaration.Function);
                break;
            case ClassDeclaration declaration:
                Write(declaration.Class);
                break;
            case EnumDeclaration declaration:
                Open("enum");
                Child(declaration.Name);
                foreach (var member in declaration.Members)
                {
                    _out.Append(' ');
                    Write(member);
                }

                Close();
                break;
            case EnumMember member:
                if (member.Initializer is null)
                {
                    _out.Append(Name(member.NameId));
                }
                else
                {
                    _out.Append('(').Append(Name(member.NameId));
                    Child(member.Initializer);
                    Close();
                }

                break;
            default:
                WriteOther(node);
                break;
        }
    }

    private void WriteOther(SyntaxNode node)
    {
        switch (node)
        {
            case IfStatement s: Form("if", s.Condition, s.Then, s.Else); break;
            case ForStatement s: Form("for", s.Initializer, s.Condition, s.Update, s.Body); break;
            case ForInStatement s: Form("for-in", s.Left, s.Right, s.Body); break;
            case ForOfStatement s: Form("for-of", s.Left, s.Right, s.Body); break;
            case WhileStatement s: Form("while", s.Condition, s.Body); break;
            case DoWhileStatement s: Form("do", s.Body, s.Condition); break;
            case BreakStatement s: _out.Append(s.Label < 0 ? "(break)" : $"(break {Name(s.Label)})"); break;
            case ContinueStatement s: _out.Append(s.Label < 0 ? "(continue)" : $"(continue {Name(s.Label)})"); break;
            case ReturnStatement s:
                if (s.Value is null)
                {
                    _out.Append("(return)");
                }
                else
                {
                    Form("return", s.Value);
                }

                break;
            case ThrowStatement s: Form("throw", s.Value); break;
            case TryStatement s:
                Open("try");
                Child(s.Block);
                if (s.Handler is not null)
                {
                    Child(s.Handler);
                }

                if (s.Finalizer is not null)
                {
                    _out.Append(' ');
                    Form("finally", s.Finalizer);
                }

                Close();
                break;
            case CatchClause c: Form("catch", c.Parameter, c.Body); break;
            case SwitchStatement s:
                Open("switch");
                Child(s.Discriminant);
                Children(s.Cases);
                Close();
                break;
            case SwitchCase c:
                if (c.Test is null)
                {
                    Open("default");
                }
                else
                {
                    Open("case");
                    Child(c.Test);
                }

                Children(c.Statements);
                Close();
                break;
            case LabeledStatement s:
                _out.Append("(label ").Append(Name(s.Label));
                Child(s.Body);
                Close();
                break;
            default:
                WriteExpression(node);
                break;
        }
    }

    private void WriteExpression(SyntaxNode node)
    {
        switch (node)
        {
            case ErrorExpression: _out.Append("(error)"); break;
            case Identifier e: _out.Append(Name(e.NameId)); break;
            case BindingIdentifier e: _out.Append(Name(e.NameId)); break;
            case NumberLiteral e: _out.Append(e.Value.ToString("R", CultureInfo.InvariantCulture)); break;
            case StringLiteral e: _out.Append('"').Append(Name(e.ValueId)).Append('"'); break;
            case BooleanLiteral e: _out.Append(e.Value ? "true" : "false"); break;
            case NullLiteral: _out.Append("null"); break;
            case ThisExpression: _out.Append("this"); break;
            case SuperExpression: _out.Append("super"); break;
            case NewTargetExpression: _out.Append("new.target"); break;
            case TemplateLiteral e:
                Open("template");
                for (var i = 0; i < e.Quasis.Length; i++)
                {
                    _out.Append(" \"").Append(Name(e.Quasis[i])).Append('"');
                    if (i < e.Expressions.Length)
                    {
                        Child(e.Expressions[i]);
                    }
                }

                Close();
                break;
            case ArrayLiteral e:
                Open("array");
                Children(e.Elements);
                Close();
                break;
            case ObjectLiteral e:
                Open("object");
                Children(e.Properties);
                Close();
                break;
            case ObjectProperty p:
                WriteProperty(p);
                break;
            case PropertyKey k:
                WriteKey(k);
                break;
            default:
                WriteOperator(node);
                break;
        }
    }

    private void WriteProperty(ObjectProperty p)
    {
        switch (p.PropertyKind)
        {
            case ObjectPropertyKind.Spread:
                Form("...", p.Value);
                return;
            case ObjectPropertyKind.Shorthand:
                Write(p.Value);
                return;
            default:
                var head = p.PropertyKind switch
                {
                    ObjectPropertyKind.Getter => "get ",
                    ObjectPropertyKind.Setter => "set ",
                    ObjectPropertyKind.Method => "method ",
                    _ => "",
                };
                _out.Append('(').Append(head);
                WriteKey(p.Key!);
                Child(p.Value);
                Close();
                return;
        }
    }

    private void WriteKey(PropertyKey key)
    {
        switch (key.KeyKind)
        {
            case PropertyKeyKind.Name: _out.Append(Name(key.NameId)); break;
            case PropertyKeyKind.String: _out.Append('"').Append(Name(key.NameId)).Append('"'); break;
            case PropertyKeyKind.Number: _out.Append(key.Number.ToString("R", CultureInfo.InvariantCulture)); break;
            default:
                _out.Append('[');
                Write(key.Computed!);
                _out.Append(']');
                break;
        }
    }

    private void WriteOperator(SyntaxNode node)
    {
        switch (node)
        {
            case UnaryExpression e: Form(UnaryText(e.Operator), e.Operand); break;
            case UpdateExpression e: Form((e.IsPrefix ? "pre" : "post") + (e.IsIncrement ? "++" : "--"), e.Operand); break;
            case BinaryExpression e: Form(BinaryText(e.Operator), e.Left, e.Right); break;
            case ConditionalExpression e: Form("?", e.Condition, e.WhenTrue, e.WhenFalse); break;
            case AssignmentExpression e: Form(e.Operator is { } op ? BinaryText(op) + "=" : "=", e.Target, e.Value); break;
            case SequenceExpression e:
                Open(",");
                Children(e.Expressions);
                Close();
                break;
            case MemberExpression e:
                Open(e.IsOptional ? "?." : ".");
                Child(e.Object);
                _out.Append(' ').Append(Name(e.NameId));
                Close();
                break;
            case IndexExpression e: Form(e.IsOptional ? "?.[]" : "[]", e.Object, e.Index); break;
            case CallExpression e:
                Open(e.IsOptional ? "?.call" : "call");
                Child(e.Callee);
                Children(e.Arguments);
                Close();
                break;
            case NewExpression e:
                Open("new");
                Child(e.Callee);
                Children(e.Arguments);
                Close();
                break;
            case OptionalChain e: Form("chain", e.Expression); break;
            case SpreadElement e: Form("...", e.Expression); break;
            default:
                WriteFunctionOrPattern(node);
                break;
        }
    }
}
