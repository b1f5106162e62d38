namespace Phasor.Dsp.Tests.Nodes.Envelopes;

public sealed class EnvelopeFamilyTests
{
    public static TheoryData<string> Types => BlockSizeInvariance.TypesOf("Envelopes and control");

    [Theory]
    [MemberData(nameof(Types))]
    public void Envelopes_DefaultInputs_RenderFiniteAndIndependentOfBlockSize(string type) => BlockSizeInvariance.AssertBlockSizeInvariant(type, stimulate: false);

    [Theory]
    [MemberData(nameof(Types))]
    public void Envelopes_ModulatedInputs_RenderFiniteAndIndependentOfBlockSize(string type) => BlockSizeInvariance.AssertBlockSizeInvariant(type, stimulate: true);
}
