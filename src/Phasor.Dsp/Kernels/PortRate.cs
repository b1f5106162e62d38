namespace Phasor.Dsp.Kernels;

/// <summary>How often a port's value may change: every sample, or once per block.</summary>
public enum PortRate
{
    /// <summary>A new value every sample; accepts audio- and control-rate wires and constants.</summary>
    Audio,

    /// <summary>Read once per block; accepts only constants and control-rate wires.</summary>
    Control,
}
