using System.Reflection;
using System.Reflection.Emit;
using Phasor.Dsp.Oversampling;

namespace Phasor.Compile.Il;

/// <summary>
/// Emits a resampler unit: one direct call to the oversampler's path for its ratio and direction
/// (<see cref="Oversampler.Up4x"/> and its siblings, halfband taps unrolled), on spans over the block's samples at
/// either side's rate. No block runner and no test of the factor at run time.
/// </summary>
internal static class ResampleUnit
{
    private static readonly ConstructorInfo s_state = typeof(Span<double>).GetConstructor([typeof(double[]), typeof(int), typeof(int)])!;
    private static readonly ConstructorInfo s_input = typeof(ReadOnlySpan<float>).GetConstructor([typeof(float[]), typeof(int), typeof(int)])!;
    private static readonly ConstructorInfo s_output = typeof(Span<float>).GetConstructor([typeof(float[]), typeof(int), typeof(int)])!;

    /// <summary>The oversampler path per (direction, ratio).</summary>
    private static readonly Dictionary<(bool Up, int Ratio), MethodInfo> s_paths = new()
    {
        [(true, 2)] = Path(nameof(Oversampler.Up2x)),
        [(true, 4)] = Path(nameof(Oversampler.Up4x)),
        [(true, 8)] = Path(nameof(Oversampler.Up8x)),
        [(false, 2)] = Path(nameof(Oversampler.Down2x)),
        [(false, 4)] = Path(nameof(Oversampler.Down4x)),
        [(false, 8)] = Path(nameof(Oversampler.Down8x)),
    };

    /// <summary>
    /// Emits, into a method shaped like <see cref="KernelBody"/>, the call running resampler
    /// <paramref name="resampler"/> over the block: <c>Oversampler.UpNx(state, input[..frames*source], output[..frames*target])</c>.
    /// </summary>
    public static void Emit(IlRecorder il, KernelLayout layout, int resampler)
    {
        var r = layout.Plan.Resamplers[resampler];
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, layout.ResamplerOffset[resampler]);
        il.Emit(OpCodes.Ldc_I4, Oversampler.StateSize(r.Ratio));
        il.Emit(OpCodes.Newobj, s_state);
        EmitBuffer(il, r.Input, r.SourceFactor, s_input);
        EmitBuffer(il, r.Output, r.TargetFactor, s_output);
        il.Emit(OpCodes.Call, s_paths[(r.IsUp, r.Ratio)]);
    }

    /// <summary>A span over the first frames * <paramref name="factor"/> samples of buffer <paramref name="buffer"/>.</summary>
    private static void EmitBuffer(IlRecorder il, int buffer, int factor, ConstructorInfo span)
    {
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldc_I4, buffer);
        il.Emit(OpCodes.Ldelem_Ref);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ldarg_3);
        if (factor != 1)
        {
            il.Emit(OpCodes.Ldc_I4, factor);
            il.Emit(OpCodes.Mul);
        }

        il.Emit(OpCodes.Newobj, span);
    }

    private static MethodInfo Path(string name) => typeof(Oversampler).GetMethod(name, [typeof(Span<double>), typeof(ReadOnlySpan<float>), typeof(Span<float>)])!;
}
