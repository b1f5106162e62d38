namespace Phasor.Compile.Il;

/// <summary>Which of a tick form's methods a <see cref="TickLoop"/> calls per frame.</summary>
internal enum TickLoopKind
{
    /// <summary>An ordinary node's <c>Tick</c>.</summary>
    Tick,

    /// <summary>A feedback-breaking node's <c>Read</c> (its outputs from the past).</summary>
    Read,

    /// <summary>A feedback-breaking node's <c>Write</c> (its feedback input in).</summary>
    Write,

    /// <summary><c>Read</c> then <c>Write</c> in each frame: a feedback-breaking node outside a feedback loop.</summary>
    ReadWrite,
}
