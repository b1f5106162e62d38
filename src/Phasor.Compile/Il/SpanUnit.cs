using System.Reflection;
using System.Reflection.Emit;
using Phasor.Dsp.Kernels;

namespace Phasor.Compile.Il;

/// <summary>
/// Emits a run of consecutive span units as direct calls: for each node, a ref to its State in the arena, its memory
/// when it has some, the <see cref="NodeBlock"/> the runner builds for it, and a call of its span form's
/// <c>Process</c>. The block runner would do the same through a delegate per node, after looking up what kind of step
/// it has; for patches made of span nodes (the <c>fm</c> fixture is nine of them) that dispatch was a tenth of a block.
/// </summary>
internal static class SpanUnit
{
    private static readonly ConstructorInfo s_memory = typeof(Span<double>).GetConstructor([typeof(double[]), typeof(int), typeof(int)])!;
    private static readonly MethodInfo s_block = typeof(BlockRunner).GetMethod(nameof(BlockRunner.SpanBlock), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>Emits, into a method shaped like <see cref="KernelBody"/>, the span units <paramref name="units"/> in order.</summary>
    public static void Emit(IlRecorder il, KernelLayout layout, IEnumerable<KernelUnit> units)
    {
        var block = il.DeclareLocal(typeof(NodeBlock));
        foreach (var unit in units)
        {
            var node = unit.Steps[0].Target;
            var form = layout.Forms[node]!;
            il.Emit(OpCodes.Ldarg, (short)4);
            il.Emit(OpCodes.Ldc_I4, node);
            il.Emit(OpCodes.Ldarg_3);
            il.Emit(OpCodes.Call, s_block);
            il.Emit(OpCodes.Stloc, block);

            KernelEmitter.EmitStateRef(il, layout, node, form);
            if (form.HasMemory)
            {
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldc_I4, layout.MemoryOffset[node]);
                il.Emit(OpCodes.Ldc_I4, layout.MemorySize[node]);
                il.Emit(OpCodes.Newobj, s_memory);
            }

            il.Emit(OpCodes.Ldloca, block);
            il.Emit(OpCodes.Call, form.Span!);
        }
    }
}
