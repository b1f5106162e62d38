namespace Phasor.Graph.Planning;

/// <summary>What one plan step does.</summary>
public enum StepKind
{
    /// <summary>Run a node's kernel over the frames.</summary>
    Process,

    /// <summary>Write a feedback-breaking node's outputs from its state (inside a feedback group).</summary>
    Read,

    /// <summary>Feed a feedback-breaking node's delayed input into its state (inside a feedback group).</summary>
    Write,

    /// <summary>Run a resampler between wires of different oversampling factors.</summary>
    Resample,
}
