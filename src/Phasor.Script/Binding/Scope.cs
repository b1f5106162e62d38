namespace Phasor.Script.Binding;

/// <summary>A region of code with its own declarations; it has a heap environment at run time only when one of them is captured.</summary>
/// <remarks>
/// <b>Architecture Invariant:</b> the compiler pushes a new environment of <see cref="EnvironmentSize"/> slots when
/// entering a scope whose <see cref="NeedsEnvironment"/> is true (for a loop scope: a fresh copy per iteration) and
/// pops it on exit; captured references count exactly these environments in their depth.
/// </remarks>
internal sealed class Scope
{
    private const int MapThreshold = 8;
    private readonly List<Variable> _variables = [];
    private Dictionary<int, Variable>? _map;

    public Scope(ScopeKind kind, Scope? parent, FunctionInfo function, int start)
    {
        Kind = kind;
        Parent = parent;
        Function = function;
        Start = start;
        function.Scopes.Add(this);
    }

    public ScopeKind Kind { get; }

    /// <summary>The enclosing scope; for a function scope, the scope where the function is created.</summary>
    public Scope? Parent { get; }

    /// <summary>The function whose frame holds this scope's registers.</summary>
    public FunctionInfo Function { get; }

    /// <summary>The source offset where the scope begins (hoisted functions are created here).</summary>
    public int Start { get; }

    /// <summary>The declarations of this scope in declaration order.</summary>
    public IReadOnlyList<Variable> Variables => _variables;

    /// <summary>The number of environment slots (captured variables) of this scope.</summary>
    public int EnvironmentSize { get; internal set; }

    /// <summary>Whether this scope has a heap environment at run time.</summary>
    public bool NeedsEnvironment => EnvironmentSize > 0;

    public Variable? Find(int nameId)
    {
        if (_map is not null)
        {
            return _map.GetValueOrDefault(nameId);
        }

        foreach (var variable in _variables)
        {
            if (variable.NameId == nameId)
            {
                return variable;
            }
        }

        return null;
    }

    internal void Add(Variable variable)
    {
        _variables.Add(variable);
        if (_map is not null)
        {
            _map[variable.NameId] = variable;
        }
        else if (_variables.Count > MapThreshold)
        {
            _map = [];
            foreach (var v in _variables)
            {
                _map.TryAdd(v.NameId, v);
            }
        }
    }

    internal void Replace(Variable old, Variable replacement)
    {
        _variables[_variables.IndexOf(old)] = replacement;
        if (_map is not null)
        {
            _map[replacement.NameId] = replacement;
        }
    }
}
