using Phasor.Audio.Render;
using Phasor.Audio.Tests.Support;

namespace Phasor.Audio.Tests.Reference;

public sealed class ReferenceBackendTests
{
    [Fact]
    public void SineExample_Is440HzAtMinus6dBFS()
    {
        var output = TestRender.Channels(TestRender.Example("sine.json"), 1)[0];

        Assert.InRange(TestRender.Frequency(output, 48000), 439.95, 440.05);
        Assert.InRange(20 * Math.Log10(TestRender.Peak(output)), -6.03, -6.0);
    }

    [Theory]
    [InlineData(44100)]
    [InlineData(96000)]
    public void SineExample_KeepsItsPitchAtOtherRates(int rate)
    {
        var output = TestRender.Channels(TestRender.Example("sine.json"), 0.5, rate: rate)[0];

        Assert.InRange(TestRender.Frequency(output, rate), 439.95, 440.05);
    }

    [Fact]
    public void Render_DoesNotDependOnTheBlockSize()
    {
        var patch = TestRender.Example("complex.json");
        var reference = TestRender.Channels(patch, 0.3, block: 128);

        foreach (var block in new[] { 1, 7, 4096 })
        {
            var other = TestRender.Channels(patch, 0.3, block: block);
            Assert.Equal(reference[0], other[0]);
            Assert.Equal(reference[1], other[1]);
        }
    }

    [Fact]
    public void FeedbackThroughAOneSampleDelay_IsExactToTheSample()
    {
        // y[n] = x[n] + 0.5 y[n-1], computed across block boundaries of 64 frames.
        var output = TestRender.Mono("""
            { "nodes": [
                { "id": "x", "type": "sine", "freq": 1000 },
                { "id": "y", "type": "add", "a": "x", "b": "fb" },
                { "id": "z", "type": "delay", "in": "y", "time": 0.0000001 },
                { "id": "fb", "type": "gain", "in": "z", "level": 0.5 }
              ], "outputs": ["y", "x"] }
            """, 0.01, block: 64);
        var x = TestRender.Channels(TestRender.Load("""{ "nodes": [ { "id": "x", "type": "sine", "freq": 1000 } ], "outputs": ["x"] }"""), 0.01, block: 64)[0];

        float previous = 0;
        for (var n = 0; n < output.Length; n++)
        {
            var expected = x[n] + (previous * 0.5f);
            Assert.Equal(expected, output[n], 1e-6f);
            previous = output[n];
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    [InlineData(256)]
    public void FeedbackThroughALongerDelay_RepeatsAtTheDelayTime(int block)
    {
        // An echo loop fed by a single-sample pulse (a 48 kHz clock at 1 Hz with a tiny width) repeats every 100 samples, halving.
        var output = TestRender.Mono("""
            { "nodes": [
                { "id": "pulse", "type": "clock", "freq": 1, "width": 0.00001 },
                { "id": "y", "type": "add", "a": "pulse.trig", "b": "fb" },
                { "id": "d", "type": "delay", "in": "y", "time": 0.0020833333333333333 },
                { "id": "fb", "type": "gain", "in": "d", "level": 0.5 }
              ], "outputs": ["y"] }
            """, 0.01, block: block);

        for (var k = 0; k < 4; k++)
        {
            Assert.Equal(Math.Pow(0.5, k), output[k * 100], 1e-6);
            Assert.Equal(0, output[(k * 100) + 50], 1e-9);
        }
    }

    [Fact]
    public void SetInput_RampsAConstantOverOneBlockInsteadOfStepping()
    {
        var backend = TestRender.Backend(TestRender.Load("""{ "nodes": [ { "id": "g", "type": "gain", "in": 1, "level": 0 } ], "outputs": ["g"] }"""), block: 128);
        backend.Process(128);
        Assert.All(backend.Output(0).ToArray(), v => Assert.Equal(0f, v));

        Assert.True(backend.SetInput("g", "level", 1));
        backend.Process(128);
        var ramp = backend.Output(0).ToArray();
        backend.Process(128);
        var after = backend.Output(0).ToArray();

        var largestStep = ramp.Zip(ramp.Skip(1), (a, b) => Math.Abs(b - a)).Max();
        Assert.InRange(largestStep, 0, (1.0 / 128) + 1e-6);
        Assert.Equal(1f, ramp[^1]);
        Assert.All(after, v => Assert.Equal(1f, v));
    }

    [Fact]
    public void SetInput_OnAnUnknownPortOrConnectedInput_ReturnsFalse()
    {
        var backend = TestRender.Backend(TestRender.Example("sine.json"));

        Assert.False(backend.SetInput("amp", "nope", 1));
        Assert.False(backend.SetInput("nobody", "level", 1));
        Assert.False(backend.SetInput("amp", "in", 1));
    }

    [Fact]
    public void Render_IsDeterministic()
    {
        var patch = TestRender.Example("complex.json");

        Assert.Equal(TestRender.Channels(patch, 0.5)[0], TestRender.Channels(patch, 0.5)[0]);
    }

    [Fact]
    public void Reset_StartsTheRenderOver()
    {
        var backend = TestRender.Backend(TestRender.Example("fm.json"));
        var first = new MemorySink();
        OfflineRenderer.Render(backend, new RenderOptions(0.3), first);
        backend.Reset();
        var second = new MemorySink();
        OfflineRenderer.Render(backend, new RenderOptions(0.3), second);

        Assert.Equal(first.Samples, second.Samples);
    }

    [Fact]
    public void SilentChannel_IsZero()
    {
        var output = TestRender.Channels(TestRender.Load("""{ "nodes": [ { "id": "s", "type": "sine" } ], "outputs": ["s", null] }"""), 0.1);

        Assert.All(output[1], v => Assert.Equal(0f, v));
        Assert.True(TestRender.Peak(output[0]) > 0.99);
    }

    [Fact]
    public void NodeState_LetsAHostReadAMeter()
    {
        var backend = TestRender.Backend(TestRender.Load("""
            { "nodes": [
                { "id": "s", "type": "sine", "freq": 1000 },
                { "id": "g", "type": "gain", "in": "s", "db": -6.0206 },
                { "id": "m", "type": "meter", "in": "g" }
              ], "outputs": ["g"] }
            """));
        for (var i = 0; i < 400; i++)
        {
            backend.Process(128);
        }

        var meter = backend.NodeState("m");
        Assert.Equal(0.5, meter[Phasor.Dsp.Nodes.Monitors.MeterNode.Layout.Peak], 0.01);
        Assert.Equal(0.5 / Math.Sqrt(2), meter[Phasor.Dsp.Nodes.Monitors.MeterNode.Layout.Rms], 0.01);
        Assert.True(backend.NodeState("nobody").IsEmpty);
    }
}
