namespace Phasor.Graph.Model;

/// <summary>What feeds an input port: a constant or a connection from an output port.</summary>
public abstract record InputValue
{
    private InputValue()
    {
    }

    /// <summary>A constant value; a backend ramps it over a block when it is changed live.</summary>
    public sealed record Constant(double Value) : InputValue
    {
        /// <inheritdoc/>
        public override string ToString() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A wire from another node's output.</summary>
    public sealed record Connection(PortRef Source) : InputValue
    {
        /// <inheritdoc/>
        public override string ToString() => Source.ToString();
    }
}
