using Phasor.Script.Collections;
using Phasor.Script.Diagnostics;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Binding;

/// <summary>Resolves every name of a syntax tree at compile time to a register, an environment slot (depth, index) or a global cell.</summary>
/// <remarks>
/// One walk declares (with hoisting) and records references; a final pass, once every capture is known, lays out
/// registers and environment slots and writes a <see cref="Resolution"/> on each reference. Errors go to the tree's
/// diagnostics (PS2xxx). Run it only on a tree without syntax errors.
/// </remarks>
internal sealed partial class Binder
{
    private readonly SyntaxTree _tree;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<FunctionInfo> _functions = [];
    private readonly ValueList<NameUse> _references = new();
    private ValueList<VarPosition> _varPositions = new();
    private readonly Dictionary<Variable, List<int>> _enumMembers = [];
    private ValueList<JumpTarget> _jumps = new();
    private FunctionInfo _function;
    private Scope _scope;
    private IReadOnlyDictionary<int, bool>? _earlierGlobals;

    // Globals that name features out of scope (issue 4): a reference to them, when undeclared, is reported as not supported.
    private readonly int _evalName;
    private readonly int _proxyName;

    private Binder(SyntaxTree tree)
    {
        _tree = tree;
        _diagnostics = tree.Diagnostics;
        _function = new FunctionInfo(tree.Root, null, FunctionKind.Normal, null, 0, 0);
        _scope = _function.Scope;
        _functions.Add(_function);
        _evalName = tree.Names.Find("eval");
        _proxyName = tree.Names.Find("Proxy");
    }

    /// <summary>One recorded use of a variable, resolved to storage once all captures are known.</summary>
    private readonly record struct NameUse(SyntaxNode Node, Scope Scope, Variable? Variable, int NameId, bool NeedsTdzCheck);

    /// <summary>A statement that break or continue can target, with its label (-1 for none).</summary>
    private readonly record struct JumpTarget(int Label, Statement Statement, bool IsLoop, bool IsLabelOnly);

    public static BoundTree Bind(SyntaxTree tree) => Bind(tree, null);

    /// <summary>Binds a script that continues a session (a REPL or notebook cell).</summary>
    /// <param name="tree">The parsed script.</param>
    /// <param name="earlierGlobals">The top-level names earlier scripts declared, each mapped to whether it was lexical
    /// (let, const, class, enum): redeclaring one lexically, or a lexical one at all, is reported as Node's REPL does.</param>
    public static BoundTree Bind(SyntaxTree tree, IReadOnlyDictionary<int, bool>? earlierGlobals)
    {
        var binder = new Binder(tree) { _earlierGlobals = earlierGlobals };
        binder.BindScript();
        return new BoundTree(tree, binder._functions[0], binder._functions);
    }

    private void BindScript()
    {
        var root = _tree.Root;
        root.Function = _function;
        HoistVars(root.Statements);
        HoistLexical(root.Statements, _scope);
        VisitStatements(root.Statements);
        Finish();
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args) => _diagnostics.Report(descriptor, span, args);

    private string Name(int nameId) => nameId < 0 ? "?" : _tree.Names[nameId];

    /// <summary>Declares a name in <paramref name="scope"/>, reporting conflicting redeclarations.</summary>
    private Variable Declare(Scope scope, int nameId, DeclarationKind kind, TextSpan span, int declarationEnd)
    {
        var existing = scope.Find(nameId);
        var variable = new Variable(nameId, kind, scope, declarationEnd) { IsGlobal = scope.Kind == ScopeKind.Script && IsUserDeclaration(kind) };
        if (existing is null)
        {
            if (variable.IsGlobal && _earlierGlobals is not null && _earlierGlobals.TryGetValue(nameId, out var wasLexical) && (wasLexical || variable.IsLexical))
            {
                Report(DiagnosticCatalogue.DuplicateDeclaration, span, Name(nameId));
            }

            scope.Add(variable);
            return variable;
        }

        if (existing.Kind == DeclarationKind.Enum && kind == DeclarationKind.Enum)
        {
            // TypeScript merges enum declarations of one name: the later ones add members to the same object.
            return existing;
        }

        if (existing.Kind == DeclarationKind.FunctionName)
        {
            scope.Replace(existing, variable);
            return variable;
        }

        var varLike = IsVarLike(existing, scope) && IsVarLike(variable, scope);
        if (!varLike || (existing.Kind == DeclarationKind.Parameter && kind == DeclarationKind.Parameter))
        {
            Report(DiagnosticCatalogue.DuplicateDeclaration, span, Name(nameId));
        }

        return existing;
    }

    private static bool IsUserDeclaration(DeclarationKind kind) => kind is not (DeclarationKind.This or DeclarationKind.NewTarget or DeclarationKind.HomeObject or DeclarationKind.ActiveFunction or DeclarationKind.FieldKey);

    /// <summary>var, parameters and function declarations directly in a function or script scope may be declared twice.</summary>
    private static bool IsVarLike(Variable variable, Scope scope) => variable.Kind is DeclarationKind.Var or DeclarationKind.Parameter
        || (variable.Kind == DeclarationKind.Function && scope.Kind is ScopeKind.Function or ScopeKind.Body or ScopeKind.Script);

    private Variable? Lookup(int nameId)
    {
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Find(nameId) is { } variable)
            {
                return variable;
            }
        }

        return null;
    }

    /// <summary>Records a reference to <paramref name="nameId"/> from the current scope (an initializing store when <paramref name="isDeclaration"/>).</summary>
    private void Reference(SyntaxNode node, int nameId, bool isDeclaration)
    {
        if (nameId < 0)
        {
            return;
        }

        var variable = Lookup(nameId);
        if (variable is null)
        {
            ReportUnsupportedGlobal(node, nameId);
        }

        Record(node, variable, nameId, !isDeclaration && variable is not null && NeedsTdzCheck(variable, node.Span.Start));
    }

    /// <summary>Reports an undeclared name that stands for a feature Phasor Script does not have: arguments, eval, Proxy.</summary>
    private void ReportUnsupportedGlobal(SyntaxNode node, int nameId)
    {
        if (nameId == Keywords.NameId(TokenKind.Arguments) && !_function.IsArrow && _function.Parent is not null)
        {
            Report(DiagnosticCatalogue.ArgumentsNotSupported, node.Span);
        }
        else if (nameId == _evalName)
        {
            Report(DiagnosticCatalogue.EvalNotSupported, node.Span);
        }
        else if (nameId == _proxyName)
        {
            Report(DiagnosticCatalogue.ProxiesNotSupported, node.Span);
        }
    }

    private void Record(SyntaxNode node, Variable? variable, int nameId, bool needsTdz)
    {
        if (variable is not null)
        {
            if (needsTdz)
            {
                variable.NeedsTdzCheck = true;
            }

            if (variable.Scope.Function != _function && !variable.IsGlobal && variable.Kind != DeclarationKind.EnumMember)
            {
                variable.IsCaptured = true;
            }
        }

        _references.Add(new NameUse(node, _scope, variable, nameId, needsTdz));
    }

    /// <summary>Whether a reference at <paramref name="position"/> may run before the binding is initialized.</summary>
    private bool NeedsTdzCheck(Variable variable, int position)
    {
        if (!variable.HasTdz)
        {
            return false;
        }

        if (variable.Scope.Kind == ScopeKind.Switch)
        {
            // A case can be entered past the declaration.
            return true;
        }

        if (variable.Scope.Function == _function)
        {
            return position < variable.DeclarationEnd;
        }

        // From a closure: what matters is when the outermost closure between here and the declaration is created.
        var function = _function;
        while (function.Parent is not null && function.Parent != variable.Scope.Function)
        {
            function = function.Parent;
        }

        return function.CreationPosition < variable.DeclarationEnd;
    }

    /// <summary>Lays out registers and environment slots, then writes each reference's resolution.</summary>
    private void Finish()
    {
        foreach (var function in _functions)
        {
            function.RegisterCount = function.ParameterCount;
            foreach (var scope in function.Scopes)
            {
                foreach (var variable in scope.Variables)
                {
                    if (variable.IsGlobal || variable.Kind == DeclarationKind.EnumMember)
                    {
                        continue;
                    }

                    if (variable.IsCaptured)
                    {
                        variable.EnvironmentSlot = scope.EnvironmentSize++;
                    }
                    else if (variable.ParameterIndex >= 0 && !variable.NeedsTdzCheck)
                    {
                        // A parameter with a TDZ gets its own register: it holds the hole until its turn comes.
                        variable.Register = variable.ParameterIndex;
                    }
                    else
                    {
                        variable.Register = function.RegisterCount++;
                    }
                }
            }
        }

        for (var i = 0; i < _references.Count; i++)
        {
            var reference = _references[i];
            var resolution = Resolve(reference);
            switch (reference.Node)
            {
                case Identifier identifier: identifier.Resolution = resolution; break;
                case BindingIdentifier binding: binding.Resolution = resolution; break;
                case ThisExpression self: self.Resolution = resolution; break;
                case SuperExpression super: super.Resolution = resolution; break;
                case NewTargetExpression newTarget: newTarget.Resolution = resolution; break;
            }
        }
    }

    private static Resolution Resolve(NameUse reference)
    {
        var variable = reference.Variable;
        if (variable is { Kind: DeclarationKind.EnumMember })
        {
            return new Resolution(ResolutionKind.EnumMember, -1, 0, reference.NameId, false, variable);
        }

        if (variable is null || variable.IsGlobal)
        {
            return new Resolution(ResolutionKind.Global, -1, 0, reference.NameId, reference.NeedsTdzCheck, variable);
        }

        if (!variable.IsCaptured)
        {
            return new Resolution(ResolutionKind.Local, variable.Register, 0, reference.NameId, reference.NeedsTdzCheck, variable);
        }

        var depth = 0;
        for (var scope = reference.Scope; scope != variable.Scope && scope is not null; scope = scope.Parent)
        {
            if (scope.NeedsEnvironment)
            {
                depth++;
            }
        }

        return new Resolution(ResolutionKind.Captured, variable.EnvironmentSlot, depth, reference.NameId, reference.NeedsTdzCheck, variable);
    }
}
