namespace Phasor.Script.Binding;

/// <summary>A region of code with its own declarations; it has a heap environment at run time only when one of them is captured.</summary>
/// <remarks>
/// <b>Architecture Invariant:</b> the compiler pushes a new environment of <see cref="EnvironmentSize"/> slots when
/// entering a scope whose <see cref="NeedsEnvironment"/> is true (for a loop scope: a fresh copy per iteration) and
/// pops it on exit; captured references count exactly these environments in their depth.
/// </remarks>
internal sealed class Scope(ScopeKind kind, Scope? parent, FunctionInfo function)
{
    private readonly List<Variable> _variables = [];

    public ScopeKind Kind { get; } = kind;

    public Scope? Parent { get; } = parent;

    /// <summary>The function whose frame holds this scope's registers.</summary>
    public FunctionInfo Function { get; } = function;

    /// <summary>The declarations of this scope in declaration order.</summary>
    public IReadOnlyList<Variable> Variables => _variables;

    /// <summary>The number of environment slots (captured variables) of this scope.</summary>
    public int EnvironmentSize { get; internal set; }

    /// <summary>Whether this scope has a heap environment at run time.</summary>
    public bool NeedsEnvironment => EnvironmentSize > 0;

    public Variable? Find(int nameId)
    {
        foreach (var variable in _variables)
        {
            if (variable.NameId == nameId)
            {
                return variable;
            }
        }

        return null;
    }

    internal void Add(Variable variable) => _variables.Add(variable);
}
