using Phasor.Dsp.Nodes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Kernels;

/// <summary>
/// Every lane form is its tick form run on eight voices at once: same float outputs and same states, bit for bit,
/// frame after frame, with each voice at its own sample rate and fed its own signals (<see cref="LaneSignals"/>).
/// </summary>
public sealed class LaneDifferentialTests
{
    private const int Frames = 6000;

    // A mid-run store and reload right after the first frame, at odd places and late on, as block boundaries would fall.
    private static readonly int[] s_checkpoints = [0, 1, 127, 1000, 2999, 4097];

    public static TheoryData<string> LaneTypes => [.. NodeLibrary.All.Where(k => k.LaneForm is not null).Select(k => k.Spec.Type)];

    [Theory]
    [MemberData(nameof(LaneTypes))]
    public void LaneForm_MatchesTickForm_VoiceByVoice(string type) =>
        LaneRunner.Run(NodeLibrary.All.Single(k => k.Spec.Type == type), Frames, s_checkpoints);
}
