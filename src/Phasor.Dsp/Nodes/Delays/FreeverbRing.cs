namespace Phasor.Dsp.Nodes.Delays;

/// <summary>One ring of a tick form's memory: where it lies and where the next sample goes.</summary>
internal struct FreeverbRing
{
    /// <summary>First slot of the ring in memory.</summary>
    public int Start;

    /// <summary>One past its last slot.</summary>
    public int End;

    /// <summary>The slot written next.</summary>
    public int Pos;
}
