namespace Phasor.Script.Syntax;

/// <summary>Printing of functions, classes, patterns and operator spellings.</summary>
internal sealed partial class SyntaxPrinter
{
    private void WriteFunctionOrPattern(SyntaxNode node)
    {
        switch (node)
        {
            case FunctionNode f:
                var head = f.FunctionKind switch
                {
                    FunctionKind.Arrow => "=>",
                    FunctionKind.Normal => "function",
                    FunctionKind.Getter => "get",
                    FunctionKind.Setter => "set",
                    FunctionKind.Constructor => "constructor",
                    _ => "method",
                };
                Open(head);
                if (f.Name is not null)
                {
                    Child(f.Name);
                }

                _out.Append(" (");
                for (var i = 0; i < f.Parameters.Length; i++)
                {
                    if (i > 0)
                    {
                        _out.Append(' ');
                    }

                    Write(f.Parameters[i]);
                }

                _out.Append(')');
                Child((SyntaxNode?)f.Body ?? f.ExpressionBody);
                Close();
                break;
            case Parameter p:
                WriteParameter(p);
                break;
            case ClassNode c:
                Open("class");
                if (c.Name is not null)
                {
                    Child(c.Name);
                }

                if (c.Heritage is not null)
                {
                    _out.Append(' ');
                    Form("extends", c.Heritage);
                }

                Children(c.Members);
                Close();
                break;
            case ClassMethod m:
                _out.Append('(').Append(m.IsStatic ? "static " : "");
                WriteKey(m.Key);
                Child(m.Function);
                Close();
                break;
            case ClassField f:
                _out.Append('(').Append(f.IsStatic ? "static field " : "field ");
                WriteKey(f.Key);
                if (f.Initializer is not null)
                {
                    Child(f.Initializer);
                }

                Close();
                break;
            default:
                WritePattern(node);
                break;
        }
    }

    private void WriteParameter(Parameter p)
    {
        if (p.Modifiers != ParameterModifiers.None)
        {
            _out.Append("(property ");
        }

        if (p.IsRest)
        {
            Form("...", p.Target);
        }
        else if (p.Default is not null)
        {
            Form("=", p.Target, p.Default);
        }
        else
        {
            Write(p.Target);
        }

        if (p.Modifiers != ParameterModifiers.None)
        {
            Close();
        }
    }

    private void WritePattern(SyntaxNode node)
    {
        switch (node)
        {
            case ObjectPattern p:
                Open("{}");
                Children(p.Properties);
                if (p.Rest is not null)
                {
                    _out.Append(' ');
                    Form("...", p.Rest);
                }

                Close();
                break;
            case PatternProperty p:
                if (p.IsShorthand)
                {
                    Write(p.Value);
                }
                else
                {
                    _out.Append('(');
                    WriteKey(p.Key);
                    Child(p.Value);
                    Close();
                }

                break;
            case ArrayPattern p:
                Open("[]");
                Children(p.Elements);
                if (p.Rest is not null)
                {
                    _out.Append(' ');
                    Form("...", p.Rest);
                }

                Close();
                break;
            case DefaultPattern p: Form("=", p.Target, p.Default); break;
            case ExpressionPattern p: Write(p.Target); break;
            default: _out.Append('(').Append(node.Kind).Append(')'); break;
        }
    }

    private static string UnaryText(UnaryOperator op) => op switch
    {
        UnaryOperator.Plus => "+",
        UnaryOperator.Minus => "-",
        UnaryOperator.Not => "!",
        UnaryOperator.BitwiseNot => "~",
        UnaryOperator.Typeof => "typeof",
        UnaryOperator.Void => "void",
        _ => "delete",
    };

    /// <summary>The source spelling of a binary operator.</summary>
    public static string BinaryText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Remainder => "%",
        BinaryOperator.Exponent => "**",
        BinaryOperator.LeftShift => "<<",
        BinaryOperator.RightShift => ">>",
        BinaryOperator.UnsignedRightShift => ">>>",
        BinaryOperator.BitwiseAnd => "&",
        BinaryOperator.BitwiseOr => "|",
        BinaryOperator.BitwiseXor => "^",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.StrictEqual => "===",
        BinaryOperator.StrictNotEqual => "!==",
        BinaryOperator.Less => "<",
        BinaryOperator.LessEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterEqual => ">=",
        BinaryOperator.In => "in",
        BinaryOperator.Instanceof => "instanceof",
        BinaryOperator.LogicalAnd => "&&",
        BinaryOperator.LogicalOr => "||",
        _ => "??",
    };
}
