using Phasor.Script.Collections;
using Phasor.Script.Syntax;

namespace Phasor.Script.Binding;

/// <summary>Functions and classes: each function gets its own frame, scope and jump targets.</summary>
internal sealed partial class Binder
{
    private bool _inDerivedClass;

    /// <summary>The state of the enclosing function, saved while a nested one is bound.</summary>
    private readonly record struct FunctionState(FunctionInfo Function, Scope Scope, ValueList<JumpTarget> Jumps, ValueList<VarPosition> VarPositions);

    /// <summary>Where a <c>var</c> name was declared, to find a lexical declaration it clashes with.</summary>
    private readonly record struct VarPosition(int NameId, int Position);

    private FunctionState EnterFunction(FunctionInfo info)
    {
        var saved = new FunctionState(_function, _scope, _jumps, _varPositions);
        _function = info;
        _scope = info.Scope;
        _jumps = new();
        _varPositions = new();
        return saved;
    }

    private void LeaveFunction(FunctionState saved)
    {
        _function = saved.Function;
        _scope = saved.Scope;
        _jumps = saved.Jumps;
        _varPositions = saved.VarPositions;
    }

    private void VisitFunction(FunctionNode node, bool isDeclaration)
    {
        var creation = isDeclaration ? _scope.Start : node.Span.Start;
        var info = new FunctionInfo(node, _function, node.FunctionKind, _scope, node.Span.Start, creation)
        {
            IsMethod = node.FunctionKind is FunctionKind.Method or FunctionKind.Getter or FunctionKind.Setter or FunctionKind.Constructor,
            IsDerivedConstructor = node.FunctionKind == FunctionKind.Constructor && _inDerivedClass,
        };
        node.Info = info;
        _functions.Add(info);
        var saved = EnterFunction(info);

        Variable? self = null;
        if (!isDeclaration && node.Name is { } name && node.FunctionKind == FunctionKind.Normal)
        {
            self = Declare(info.Scope, name.NameId, DeclarationKind.FunctionName, name.Span, 0);
        }

        var hasParameterExpressions = HasParameterExpressions(node);
        DeclareParameters(node, info, hasParameterExpressions);
        if (node.Body is { } body)
        {
            if (hasParameterExpressions)
            {
                info.BodyScope = new Scope(ScopeKind.Body, info.Scope, info, body.Span.Start);
            }

            HoistVars(body.Statements);
            HoistLexical(body.Statements, info.VarScope);
        }

        if (self is not null && info.Scope.Find(self.NameId) == self)
        {
            info.SelfName = self;
            Record(node.Name!, self, self.NameId, needsTdz: false);
        }

        if (node.FunctionKind == FunctionKind.Constructor)
        {
            // Constructors always get a receiver: parameter properties and field initializers store through it.
            ImplicitVariable(info, DeclarationKind.This);
        }

        foreach (var parameter in node.Parameters)
        {
            VisitOptional(parameter.Default);
            VisitPattern(parameter.Target, isDeclaration: true);
        }

        if (node.Body is not null)
        {
            _scope = info.VarScope;
            VisitStatements(node.Body.Statements);
        }
        else if (node.ExpressionBody is not null)
        {
            VisitExpression(node.ExpressionBody);
        }

        LeaveFunction(saved);
    }

    /// <summary>Whether a parameter has a default or a pattern: then parameters have a TDZ and the body gets its own scope (ECMAScript 10.2.11).</summary>
    private static bool HasParameterExpressions(FunctionNode node)
    {
        foreach (var parameter in node.Parameters)
        {
            if (parameter.Default is not null || parameter.Target is not BindingIdentifier)
            {
                return true;
            }
        }

        return false;
    }

    private void DeclareParameters(FunctionNode node, FunctionInfo info, bool hasParameterExpressions)
    {
        info.ParameterCount = node.Parameters.Length;
        for (var i = 0; i < node.Parameters.Length; i++)
        {
            var target = node.Parameters[i].Target;

            // With parameter expressions, a parameter is initialized once its own default has run: reads before that throw.
            var declarationEnd = hasParameterExpressions ? node.Parameters[i].Span.End : 0;
            if (target is BindingIdentifier simple)
            {
                if (simple.NameId < 0)
                {
                    continue;
                }

                var variable = Declare(info.Scope, simple.NameId, DeclarationKind.Parameter, simple.Span, declarationEnd);
                if (variable.ParameterIndex < 0 && variable.Kind == DeclarationKind.Parameter)
                {
                    variable.ParameterIndex = i;
                }
            }
            else
            {
                DeclarePattern(target, DeclarationKind.Parameter, info.Scope, declarationEnd);
            }
        }
    }

    private void VisitClass(ClassNode node, bool isDeclaration)
    {
        var savedScope = _scope;
        var savedDerived = _inDerivedClass;
        if (node.Heritage is not null)
        {
            VisitExpression(node.Heritage);
        }

        var hasComputedFields = node.Members.Any(m => m is ClassField { Key.Computed: not null });
        if (node.Name is { NameId: >= 0 } || hasComputedFields)
        {
            node.Scope = new Scope(ScopeKind.Class, _scope, _function, node.Span.Start);
            _scope = node.Scope;
        }

        if (node.Name is { NameId: >= 0 } name)
        {
            // The inner name binding; a declaration's outer binding is a different one, initialized after the class.
            var self = Declare(node.Scope!, name.NameId, DeclarationKind.FunctionName, name.Span, 0);
            node.InnerName = isDeclaration ? new BindingIdentifier(name.Span, name.NameId) : name;
            Record(node.InnerName, self, name.NameId, needsTdz: false);
        }

        _inDerivedClass = node.Heritage is not null;
        foreach (var member in node.Members)
        {
            VisitOptional(member.Key.Computed);
            switch (member)
            {
                case ClassMethod method:
                    VisitFunction(method.Function, isDeclaration: false);
                    break;
                case ClassField field when field.Initializer is not null || field.Key.Computed is not null:
                    VisitField(node, field);
                    break;
            }
        }

        _inDerivedClass = savedDerived;
        _scope = savedScope;
    }

    /// <summary>
    /// Field initializers run as methods of their own (one for instance fields, one for static ones), with this bound to
    /// the object being initialized. A computed key is evaluated once, with the class: it is kept in a slot of the class
    /// scope, which the initializer function reads.
    /// </summary>
    private void VisitField(ClassNode node, ClassField field)
    {
        var isStatic = field.IsStatic;
        Variable? key = null;
        if (field.Key.Computed is not null)
        {
            key = new Variable(-1, DeclarationKind.FieldKey, node.Scope!, 0);
            node.Scope!.Add(key);
            field.KeyBinding = new BindingIdentifier(field.Key.Span, -1);
            Record(field.KeyBinding, key, -1, needsTdz: false);
        }

        var info = isStatic ? node.StaticFields : node.InstanceFields;
        if (info is null)
        {
            info = new FunctionInfo(node, _function, FunctionKind.Method, _scope, node.Span.Start, node.Span.Start) { IsMethod = true };
            _functions.Add(info);
            if (isStatic)
            {
                node.StaticFields = info;
            }
            else
            {
                node.InstanceFields = info;
            }
        }

        var saved = EnterFunction(info);
        if (key is not null)
        {
            field.KeyReference = new Identifier(field.Key.Span, -1);
            Record(field.KeyReference, key, -1, needsTdz: false);
        }

        if (field.Initializer is not null)
        {
            VisitExpression(field.Initializer);
        }

        LeaveFunction(saved);
    }
}
