using System.Runtime.InteropServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Tests.Support;

/// <summary>
/// Runs a node type's span form beside its tick form on each voice's signals from <see cref="LaneSignals"/>: the tick
/// form frame by frame, the span form over blocks of uneven sizes. Control-rate inputs hold their block's first value,
/// as a backend gives them; an input is marked constant in a block when every frame of it is the same. Outputs must
/// agree within <c>tolerance</c> (relative above 1; 0 means bit for bit) and the states at every block end bit for bit,
/// except for the fields named in <c>loose</c>, which must agree within the tolerance.
/// </summary>
internal static class SpanRunner
{

    // Block sizes the span form sees in turn: whole vector steps, steps plus a tail, shorter than a step, a single frame.
    private static readonly int[] s_blocks = [128, 37, 16, 1, 64, 200, 15, 48];

    /// <summary>Runs <paramref name="kernel"/> for <paramref name="frames"/> frames on every voice; fails at the first difference.</summary>
    public static void Run(NodeKernel kernel, int frames, double tolerance, string[] loose) =>
        Run(kernel, frames, tolerance, loose, p => LaneSignals.Render(kernel.Spec.Type, p.Name, frames));

    /// <summary>
    /// As <see cref="Run(NodeKernel, int, double, string[])"/> on the signals <paramref name="signals"/> gives for each
    /// port: [voice][frame]. With <paramref name="quietNaNsAlike"/> two NaNs match whatever their payloads and whether they
    /// are quiet, in outputs and state fields: whether an operation quiets a signalling NaN passing through it depends on
    /// the instructions the JIT picks (a Debug build's clamp returns it as it came, a Release build's quiets it).
    /// </summary>
    public static void Run(NodeKernel kernel, int frames, double tolerance, string[] loose, Func<PortSpec, float[][]> signals, bool quietNaNsAlike = false) =>
        typeof(SpanRunner).GetMethod(nameof(RunTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(LaneRunner.StateOf(kernel.TickForm!)).Call(kernel, frames, tolerance, loose, signals, quietNaNsAlike);

    private static void RunTyped<TState>(NodeKernel kernel, int frames, double tolerance, string[] loose, Func<PortSpec, float[][]> source, bool quietNaNsAlike)
        where TState : unmanaged
    {
        var type = kernel.Spec.Type;
        var init = kernel.TickForm!.GetMethod("Init")!.CreateDelegate<LaneRunner.InitFn<TState>>();
        var memorySize = kernel.TickForm!.GetMethod("MemorySize");
        var tick = MemoryCalls.Tick<TState>(kernel.TickForm!.GetMethod("Tick")!, memorySize is not null);
        var span = MemoryCalls.Span<TState>(kernel.SpanForm!.GetMethod("Process")!, memorySize is not null);
        var inputs = kernel.Spec.Inputs;
        var outputs = kernel.Spec.Outputs.Count;
        for (var voice = 0; voice < LaneSignals.Rates.Length; voice++)
        {
            var signals = inputs.Select(p => source(p)[voice]).ToArray();
            var setup = LaneRunner.Setup(kernel, voice);
            TState ticked = default, spanned = default;
            var size = memorySize is null ? 0 : (int)memorySize.Invoke(null, [setup])!;
            var (tickedMemory, spannedMemory) = (new double[size], new double[size]);
            init(ref ticked, tickedMemory, setup);
            init(ref spanned, spannedMemory, setup);
            var x = new float[inputs.Count];
            var y = new float[outputs];
            var wires = inputs.Select(_ => new float[s_blocks.Max()]).ToArray();
            var outs = Enumerable.Range(0, outputs).Select(_ => new float[s_blocks.Max()]).ToArray();
            for (int start = 0, b = 0; start < frames; start += s_blocks[b % s_blocks.Length], b++)
            {
                var count = Math.Min(s_blocks[b % s_blocks.Length], frames - start);
                ulong constant = 0;
                for (var p = 0; p < inputs.Count; p++)
                {
                    for (var i = 0; i < count; i++)
                    {
                        wires[p][i] = signals[p][start + (inputs[p].Rate == PortRate.Control ? 0 : i)];
                    }

                    constant |= wires[p].AsSpan(0, count).IndexOfAnyExcept(wires[p][0]) < 0 ? 1UL << p : 0;
                }

                var block = new NodeBlock(wires, outs, Span<double>.Empty, 0, count, constant, setup.SampleRate);
                span(ref spanned, spannedMemory, ref block);
                for (var i = 0; i < count; i++)
                {
                    for (var p = 0; p < x.Length; p++)
                    {
                        x[p] = wires[p][i];
                    }

                    tick(ref ticked, tickedMemory, x, y);
                    for (var o = 0; o < outputs; o++)
                    {
                        if (BitConverter.SingleToInt32Bits(y[o]) != BitConverter.SingleToInt32Bits(outs[o][i]) &&
                            !(quietNaNsAlike && float.IsNaN(y[o]) && float.IsNaN(outs[o][i])))
                        {
                            var what = $"output '{kernel.Spec.Outputs[o].Name}'";
                            Assert.False(tolerance == 0, $"{type}, voice {voice}, frame {start + i}: {what} is 0x{BitConverter.SingleToInt32Bits(y[o]):X8} ({y[o]:R}) by the tick form, 0x{BitConverter.SingleToInt32Bits(outs[o][i]):X8} ({outs[o][i]:R}) by the span form.");
                            Check(type, voice, start + i, what, y[o], outs[o][i], tolerance);
                        }
                    }
                }

                CompareStates(type, voice, start + count, ticked, spanned, tolerance, loose, quietNaNsAlike);
                for (var m = 0; m < size; m++)
                {
                    var (a, z) = (tickedMemory[m], spannedMemory[m]);
                    if (BitConverter.DoubleToInt64Bits(a) != BitConverter.DoubleToInt64Bits(z) && !(quietNaNsAlike && double.IsNaN(a) && double.IsNaN(z)))
                    {
                        Assert.Fail($"{type}, voice {voice}, after frame {start + count}: memory[{m}] is {a:R} by the tick form, {z:R} by the span form.");
                    }
                }
            }
        }
    }

    private static void CompareStates<TState>(string type, int voice, int frame, TState ticked, TState spanned, double tolerance, string[] loose, bool quietNaNsAlike)
        where TState : unmanaged
    {
        foreach (var field in typeof(TState).GetFields())
        {
            var (a, b) = (field.GetValue(ticked)!, field.GetValue(spanned)!);
            if (loose.Contains(field.Name))
            {
                Check(type, voice, frame, $"state field {field.Name}", Convert.ToDouble(a), Convert.ToDouble(b), tolerance);
            }
            else if (!MemoryMarshal.AsBytes(new ReadOnlySpan<TState>(in ticked)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<TState>(in spanned))) && !SameBits(a, b, quietNaNsAlike))
            {
                Assert.Fail($"{type}, voice {voice}, after frame {frame}: state field {field.Name} is {a} by the tick form, {b} by the span form.");
            }
        }
    }


    /// <summary>Equal, and for floating-point fields the same bits: Equals takes −0 for +0 and any NaN for any other.</summary>
    private static bool SameBits(object a, object b, bool quietNaNsAlike) => (a, b) switch
    {
        (float x, float y) => BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits(y) || (quietNaNsAlike && float.IsNaN(x) && float.IsNaN(y)),
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y) ||
            (quietNaNsAlike && double.IsNaN(x) && double.IsNaN(y)),
        _ => a.Equals(b),
    };

    private static void Check(string type, int voice, int frame, string what, double expected, double actual, double tolerance)
    {
        var same = BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual) ||
            (tolerance > 0 && Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected)));
        if (!same)
        {
            Assert.Fail($"{type}, voice {voice}, frame {frame}: {what} is {expected:R} by the tick form, {actual:R} by the span form.");
        }
    }
}
