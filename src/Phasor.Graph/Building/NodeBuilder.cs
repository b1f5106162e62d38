using System.Collections.Immutable;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Model;

namespace Phasor.Graph.Building;

/// <summary>One node being built; converts to a <see cref="PortRef"/> of its first output.</summary>
public sealed class NodeBuilder
{
    private readonly PatchBuilder _patch;
    private readonly ImmutableDictionary<string, InputValue>.Builder _inputs = ImmutableDictionary.CreateBuilder<string, InputValue>();
    private readonly ImmutableDictionary<string, ParamValue>.Builder _params = ImmutableDictionary.CreateBuilder<string, ParamValue>();
    private int _oversample = 1;

    internal NodeBuilder(PatchBuilder patch, string id, string type)
    {
        _patch = patch;
        Id = id;
        Type = type;
    }

    /// <summary>The node's id.</summary>
    public string Id { get; }

    /// <summary>The node's type.</summary>
    public string Type { get; }

    /// <summary>The first output.</summary>
    public static implicit operator PortRef(NodeBuilder node) => node?.Port() ?? throw new ArgumentNullException(nameof(node));

    /// <summary>An output port; null names the first output.</summary>
    public PortRef Port(string? name = null) => new(Id, name);

    /// <summary>Sets an input to a constant, or a number parameter.</summary>
    public NodeBuilder Set(string name, double value)
    {
        if (IsParameter(name))
        {
            _params[name] = ParamValue.Of(value);
        }
        else
        {
            _inputs[name] = new InputValue.Constant(value);
        }

        return this;
    }

    /// <summary>Connects an input to an output port.</summary>
    public NodeBuilder Set(string name, PortRef source)
    {
        _inputs[name] = new InputValue.Connection(source);
        return this;
    }

    /// <summary>Connects an input to another node's first output.</summary>
    public NodeBuilder Set(string name, NodeBuilder source) => Set(name, (PortRef)source);

    /// <summary>Sets a choice parameter.</summary>
    public NodeBuilder Set(string name, string choice)
    {
        _params[name] = ParamValue.Of(choice);
        return this;
    }

    /// <summary>Sets a list parameter.</summary>
    public NodeBuilder Set(string name, double[] list)
    {
        _params[name] = ParamValue.Of(list);
        return this;
    }

    /// <summary>Runs the node at <paramref name="factor"/> times the sample rate.</summary>
    public NodeBuilder Oversample(int factor)
    {
        _oversample = factor;
        return this;
    }

    internal NodeDef Build() => new(Id, Type, _inputs.ToImmutable(), _params.ToImmutable(), _oversample);

    private bool IsParameter(string name) => _patch.Catalogue.Find(Type)?.Spec.Parameter(name) is not null;
}
