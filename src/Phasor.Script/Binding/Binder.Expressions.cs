using System.Runtime.CompilerServices;
using Phasor.Script.Diagnostics;
using Phasor.Script.Syntax;

namespace Phasor.Script.Binding;

/// <summary>The expression walk: references, this/super/new.target, and patterns.</summary>
internal sealed partial class Binder
{
    private void VisitExpression(Expression expression)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Report(DiagnosticCatalogue.NestingTooDeep, expression.Span);
            return;
        }

        switch (expression)
        {
            case Identifier e: Reference(e, e.NameId, isDeclaration: false); break;
            case ThisExpression e: ReferenceImplicit(e, DeclarationKind.This); break;
            case SuperExpression e:
                if (ReferenceImplicit(e, DeclarationKind.HomeObject))
                {
                    e.This = new ThisExpression(e.Span);
                    ReferenceImplicit(e.This, DeclarationKind.This);
                }

                break;
            case NewTargetExpression e: ReferenceImplicit(e, DeclarationKind.NewTarget); break;
            case TemplateLiteral e: VisitAll(e.Expressions); break;
            case ArrayLiteral e: VisitAll(e.Elements); break;
            case ObjectLiteral e:
                foreach (var property in e.Properties)
                {
                    VisitOptional(property.Key?.Computed);
                    VisitExpression(property.Value);
                }

                break;
            case FunctionNode e: VisitFunction(e, isDeclaration: false); break;
            case ClassNode e: VisitClass(e, isDeclaration: false); break;
            case UnaryExpression e: VisitExpression(e.Operand); break;
            case UpdateExpression e:
                VisitExpression(e.Operand);
                MarkReassigned(e.Operand);
                break;
            case BinaryExpression e:
                VisitExpression(e.Left);
                VisitExpression(e.Right);
                break;
            case ConditionalExpression e:
                VisitExpression(e.Condition);
                VisitExpression(e.WhenTrue);
                VisitExpression(e.WhenFalse);
                break;
            case AssignmentExpression e:
                if (e.Target is Pattern pattern)
                {
                    VisitPattern(pattern, isDeclaration: false);
                }
                else
                {
                    VisitExpression((Expression)e.Target);
                    MarkReassigned((Expression)e.Target);
                }

                VisitExpression(e.Value);
                break;
            default:
                VisitAccessOrCall(expression);
                break;
        }
    }

    private void VisitAccessOrCall(Expression expression)
    {
        switch (expression)
        {
            case SequenceExpression e: VisitAll(e.Expressions); break;
            case MemberExpression e: VisitExpression(e.Object); break;
            case IndexExpression e:
                VisitExpression(e.Object);
                VisitExpression(e.Index);
                break;
            case CallExpression e:
                if (e.Callee is SuperExpression)
                {
                    BindSuperCall(e);
                }
                else
                {
                    VisitExpression(e.Callee);
                }

                VisitAll(e.Arguments);
                break;
            case NewExpression e:
                VisitExpression(e.Callee);
                VisitAll(e.Arguments);
                break;
            case OptionalChain e: VisitExpression(e.Expression); break;
            case SpreadElement e: VisitExpression(e.Expression); break;
        }
    }

    private void VisitAll(Expression?[] expressions)
    {
        foreach (var expression in expressions)
        {
            VisitOptional(expression);
        }
    }

    private void VisitPattern(Pattern pattern, bool isDeclaration)
    {
        switch (pattern)
        {
            case BindingIdentifier name:
                Reference(name, name.NameId, isDeclaration);
                break;
            case DefaultPattern p:
                VisitExpression(p.Default);
                VisitPattern(p.Target, isDeclaration);
                break;
            case ArrayPattern p:
                foreach (var element in p.Elements)
                {
                    if (element is not null)
                    {
                        VisitPattern(element, isDeclaration);
                    }
                }

                if (p.Rest is not null)
                {
                    VisitPattern(p.Rest, isDeclaration);
                }

                break;
            case ObjectPattern p:
                foreach (var property in p.Properties)
                {
                    VisitOptional(property.Key.Computed);
                    VisitPattern(property.Value, isDeclaration);
                }

                if (p.Rest is not null)
                {
                    VisitPattern(p.Rest, isDeclaration);
                }

                break;
            case ExpressionPattern p:
                VisitExpression(p.Target);
                MarkReassigned(p.Target);
                break;
        }
    }

    /// <summary>Records that an assignment writes a variable after its declaration (see <see cref="Variable.IsReassigned"/>).</summary>
    private void MarkReassigned(Expression target)
    {
        if (target is Identifier id && Lookup(id.NameId) is { } variable)
        {
            variable.IsReassigned = true;
        }
    }

    private FunctionInfo NearestNonArrow()
    {
        var function = _function;
        while (function.IsArrow && function.Parent is not null)
        {
            function = function.Parent;
        }

        return function;
    }

    /// <summary>Resolves this, super or new.target to the implicit variable of the nearest non-arrow function (arrows see their parent's); false after reporting misuse.</summary>
    private bool ReferenceImplicit(SyntaxNode node, DeclarationKind kind)
    {
        var function = NearestNonArrow();
        if (kind == DeclarationKind.HomeObject && !function.IsMethod)
        {
            Report(DiagnosticCatalogue.SuperOutsideMethod, node.Span);
            return false;
        }

        if (kind == DeclarationKind.NewTarget && function.Parent is null)
        {
            Report(DiagnosticCatalogue.NewTargetOutsideFunction, node.Span);
            return false;
        }

        var variable = ImplicitVariable(function, kind);
        Record(node, variable, variable.NameId, needsTdz: false);
        return true;
    }

    /// <summary>Resolves what <c>super(...)</c> touches from where it is written, which may be an arrow inside the constructor.</summary>
    private void BindSuperCall(CallExpression call)
    {
        var constructor = NearestNonArrow();
        if (!constructor.IsDerivedConstructor)
        {
            Report(DiagnosticCatalogue.SuperCallOutsideConstructor, call.Callee.Span);
            return;
        }

        var span = call.Callee.Span;
        var properties = new List<Identifier>();
        foreach (var parameter in ((FunctionNode)constructor.Node).Parameters)
        {
            if (parameter.Modifiers != 0 && parameter.Target is BindingIdentifier { NameId: >= 0 } name)
            {
                var read = new Identifier(call.Span, name.NameId);
                Reference(read, name.NameId, isDeclaration: false);
                properties.Add(read);
            }
        }

        var inArrow = constructor != _function;
        var binding = new SuperCallBinding(new ThisExpression(span), [.. properties])
        {
            Function = inArrow ? new Identifier(span, -1) : null,
            NewTarget = inArrow ? new NewTargetExpression(span) : null,
        };
        ReferenceImplicit(binding.This, DeclarationKind.This);
        if (inArrow)
        {
            var function = ImplicitVariable(constructor, DeclarationKind.ActiveFunction);
            Record(binding.Function!, function, function.NameId, needsTdz: false);
            ReferenceImplicit(binding.NewTarget!, DeclarationKind.NewTarget);
        }

        call.SuperBinding = binding;
    }

    private static Variable ImplicitVariable(FunctionInfo function, DeclarationKind kind)
    {
        var existing = kind switch
        {
            DeclarationKind.This => function.This,
            DeclarationKind.NewTarget => function.NewTarget,
            DeclarationKind.ActiveFunction => function.ActiveFunction,
            _ => function.HomeObject,
        };
        if (existing is not null)
        {
            return existing;
        }

        // Implicit variables have no name a user could write, so they never shadow or clash.
        var nameId = kind == DeclarationKind.This ? Keywords.NameId(TokenKind.This) : -1;
        var variable = new Variable(nameId, kind, function.Scope, 0);
        function.Scope.Add(variable);
        switch (kind)
        {
            case DeclarationKind.This: function.This = variable; break;
            case DeclarationKind.NewTarget: function.NewTarget = variable; break;
            case DeclarationKind.ActiveFunction: function.ActiveFunction = variable; break;
            default: function.HomeObject = variable; break;
        }

        return variable;
    }
}
