using Phasor.Dsp.Tests.Nodes.Envelopes;

namespace Phasor.Dsp.Tests.Nodes.Monitors;

public sealed class MonitorFamilyTests
{
    public static TheoryData<string> Types => BlockSizeInvariance.TypesOf("Monitors");

    [Theory]
    [MemberData(nameof(Types))]
    public void Monitors_DefaultInputs_RenderFiniteAndIndependentOfBlockSize(string type) => BlockSizeInvariance.AssertBlockSizeInvariant(type, stimulate: false);

    [Theory]
    [MemberData(nameof(Types))]
    public void Monitors_ModulatedInputs_KeepStateIndependentOfBlockSize(string type) => BlockSizeInvariance.AssertBlockSizeInvariant(type, stimulate: true);
}
