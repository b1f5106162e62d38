using Phasor.Script.Collections;
using Phasor.Script.Diagnostics;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Binding;

/// <summary>Hoisting: var declarations to the function scope, let/const/class/function declarations to the start of their block.</summary>
internal sealed partial class Binder
{
    /// <summary>Declares every var of a function body (in nested blocks and loop heads too, not in nested functions) in the function scope.</summary>
    private void HoistVars(Statement[] statements)
    {
        foreach (var statement in statements)
        {
            HoistVars(statement);
        }
    }

    private void HoistVars(Statement? statement)
    {
        switch (statement)
        {
            case VariableDeclaration { DeclarationKind: VariableKind.Var } declaration:
                foreach (var declarator in declaration.Declarators)
                {
                    DeclarePattern(declarator.Target, DeclarationKind.Var, _function.VarScope, 0);
                }

                break;
            case BlockStatement block: HoistVars(block.Statements); break;
            case IfStatement s:
                HoistVars(s.Then);
                HoistVars(s.Else);
                break;
            case ForStatement s:
                HoistVars(s.Initializer as Statement);
                HoistVars(s.Body);
                break;
            case ForInStatement s:
                HoistVars(s.Left as Statement);
                HoistVars(s.Body);
                break;
            case ForOfStatement s:
                HoistVars(s.Left as Statement);
                HoistVars(s.Body);
                break;
            case WhileStatement s: HoistVars(s.Body); break;
            case DoWhileStatement s: HoistVars(s.Body); break;
            case LabeledStatement s: HoistVars(s.Body); break;
            case TryStatement s:
                HoistVars(s.Block);
                HoistVars(s.Handler?.Body);
                HoistVars(s.Finalizer);
                break;
            case SwitchStatement s:
                foreach (var c in s.Cases)
                {
                    HoistVars(c.Statements);
                }

                break;
        }
    }

    /// <summary>Declares the lexical declarations (and block-level functions) of one statement list in <paramref name="scope"/>.</summary>
    private void HoistLexical(Statement[] statements, Scope scope, TextSpan extent = default)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case VariableDeclaration { DeclarationKind: not VariableKind.Var } declaration:
                    var kind = declaration.DeclarationKind == VariableKind.Let ? DeclarationKind.Let : DeclarationKind.Const;
                    foreach (var declarator in declaration.Declarators)
                    {
                        DeclareLexicalPattern(declarator.Target, kind, scope, declarator.Span.End, extent);
                    }

                    break;
                case ClassDeclaration { Class.Name: { } name } declaration:
                    DeclareLexical(name, DeclarationKind.Class, scope, declaration.Span.End, extent);
                    break;
                case EnumDeclaration declaration:
                    // The enum object is stored before its initializers run, so they may refer to it (as TypeScript's output does).
                    DeclareLexical(declaration.Name, DeclarationKind.Enum, scope, declaration.Name.Span.End, extent);
                    break;
                case FunctionDeclaration { Function.Name: { } name }:
                    DeclareLexical(name, DeclarationKind.Function, scope, 0, extent);
                    break;
            }
        }
    }

    /// <summary>Whether any of <paramref name="statements"/> declares something block-scoped (a block without any needs no scope).</summary>
    private static bool HasLexicalDeclarations(Statement[] statements)
    {
        foreach (var statement in statements)
        {
            if (statement is VariableDeclaration { DeclarationKind: not VariableKind.Var } or ClassDeclaration or EnumDeclaration or FunctionDeclaration)
            {
                return true;
            }
        }

        return false;
    }

    private void DeclareLexicalPattern(Pattern pattern, DeclarationKind kind, Scope scope, int declarationEnd, TextSpan extent)
    {
        foreach (var name in BoundNames(pattern))
        {
            DeclareLexical(name, kind, scope, declarationEnd, extent);
        }
    }

    private void DeclareLexical(BindingIdentifier name, DeclarationKind kind, Scope scope, int declarationEnd, TextSpan extent)
    {
        if (name.NameId < 0)
        {
            return;
        }

        // A var hoisted out of this block, or a catch parameter around it, clashes with a lexical declaration of the same name.
        var clashes = scope.Kind is not (ScopeKind.Function or ScopeKind.Body or ScopeKind.Script) && HasVarWithin(name.NameId, extent);
        clashes |= scope.Parent is { Kind: ScopeKind.Catch } catchScope && catchScope.Find(name.NameId) is not null && scope.Kind == ScopeKind.Block;
        // The body of a function with parameter expressions has its own scope, but a let there still may not redeclare a parameter.
        clashes |= scope.Kind == ScopeKind.Body && kind != DeclarationKind.Function && scope.Parent!.Find(name.NameId) is { Kind: DeclarationKind.Parameter };
        if (clashes)
        {
            Report(DiagnosticCatalogue.DuplicateDeclaration, name.Span, Name(name.NameId));
        }

        Declare(scope, name.NameId, kind, name.Span, declarationEnd);
    }

    /// <summary>Whether a <c>var</c> named <paramref name="nameId"/> was declared inside <paramref name="extent"/>.</summary>
    private bool HasVarWithin(int nameId, TextSpan extent)
    {
        for (var i = 0; i < _varPositions.Count; i++)
        {
            var declared = _varPositions[i];
            if (declared.NameId == nameId && declared.Position >= extent.Start && declared.Position < extent.End)
            {
                return true;
            }
        }

        return false;
    }

    private void DeclarePattern(Pattern pattern, DeclarationKind kind, Scope scope, int declarationEnd)
    {
        foreach (var name in BoundNames(pattern))
        {
            if (name.NameId < 0)
            {
                continue;
            }

            if (kind == DeclarationKind.Var)
            {
                _varPositions.Add(new VarPosition(name.NameId, name.Span.Start));
            }

            Declare(scope, name.NameId, kind, name.Span, declarationEnd);
        }
    }

    /// <summary>The names a binding pattern declares, in source order.</summary>
    private static List<BindingIdentifier> BoundNames(Pattern pattern)
    {
        var names = new List<BindingIdentifier>();
        CollectBoundNames(pattern, names);
        return names;
    }

    private static void CollectBoundNames(Pattern? pattern, List<BindingIdentifier> names)
    {
        switch (pattern)
        {
            case BindingIdentifier name:
                names.Add(name);
                break;
            case DefaultPattern p:
                CollectBoundNames(p.Target, names);
                break;
            case ArrayPattern p:
                foreach (var element in p.Elements)
                {
                    CollectBoundNames(element, names);
                }

                CollectBoundNames(p.Rest, names);
                break;
            case ObjectPattern p:
                foreach (var property in p.Properties)
                {
                    CollectBoundNames(property.Value, names);
                }

                CollectBoundNames(p.Rest, names);
                break;
        }
    }
}
