using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Phasor.Compile.Ticks;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Il;

/// <summary>
/// Emits the compiled kernel of a plan with System.Reflection.Emit: each fused unit becomes one loop
/// over the frames that calls every node's tick form in plan order, with wires in locals, constants
/// as literals and state reached through refs computed once per block. The JIT inlines the ticks.
/// </summary>
internal sealed partial class KernelEmitter
{
    private static readonly MethodInfo s_as = typeof(Unsafe).GetMethods()
        .Single(m => m.Name == nameof(Unsafe.As) && m.GetGenericArguments().Length == 2 && m.GetParameters().Length == 1);

    private static readonly ConstructorInfo s_span = typeof(Span<double>).GetConstructor([typeof(double[]), typeof(int), typeof(int)])!;
    private static readonly MethodInfo s_fill = typeof(Array).GetMethods()
        .Single(m => m.Name == nameof(Array.Fill) && m.GetParameters().Length == 4).MakeGenericMethod(typeof(float));

    private readonly KernelLayout _layout;
    private readonly IReadOnlyDictionary<(int Node, int Port), int> _live;
    private readonly IlRecorder _il;
    private readonly Dictionary<int, IlLocal> _bufferLocals = [];
    private readonly Dictionary<int, (IlLocal Start, IlLocal Step)> _liveLocals = [];
    private readonly HashSet<(int Node, int Port)> _channelOutputs = [];
    private readonly HashSet<(int Node, int Port)> _resampledOutputs = [];
    private readonly Dictionary<(int Node, int Port), List<int>> _consumers = [];

    private KernelEmitter(KernelLayout layout, IReadOnlyDictionary<(int Node, int Port), int> live, IlRecorder il)
    {
        _layout = layout;
        _live = live;
        _il = il;
        var plan = layout.Plan;
        for (var t = 0; t < plan.Nodes.Length; t++)
        {
            for (var p = 0; p < plan.Nodes[t].Inputs.Length; p++)
            {
                if (layout.Source(t, p) is { } source)
                {
                    (_consumers.TryGetValue(source, out var list) ? list : _consumers[source] = []).Add(t);
                }
            }

            for (var o = 0; o < plan.Nodes[t].Outputs.Length; o++)
            {
                if (plan.OutputBuffers.Contains(plan.Nodes[t].Outputs[o]))
                {
                    _channelOutputs.Add((t, o));
                }
            }
        }

        // A resampler reads the buffer of the output written last before it (buffers are shared by liveness).
        var writers = new Dictionary<int, (int Node, int Port)>();
        foreach (var step in plan.Stages.SelectMany(s => s.Steps))
        {
            if (step.Kind == StepKind.Resample)
            {
                if (writers.TryGetValue(plan.Resamplers[step.Target].Input, out var source))
                {
                    _resampledOutputs.Add(source);
                }
            }
            else if (step.Kind != StepKind.Write)
            {
                for (var o = 0; o < plan.Nodes[step.Target].Outputs.Length; o++)
                {
                    writers[plan.Nodes[step.Target].Outputs[o]] = (step.Target, o);
                }
            }
        }
    }

    /// <summary>
    /// The block function; <paramref name="live"/> maps changed constant inputs to their slot in the live
    /// array. Each fused or resample unit is a method of its own: the JIT's cost grows faster than a method's
    /// size, and small loops keep register pressure low; a run of consecutive span units is one method of direct
    /// calls; block and group units go to the <see cref="BlockRunner"/>.
    /// </summary>
    public static KernelProgram EmitBody(KernelLayout layout, IReadOnlyDictionary<(int Node, int Port), int> live)
    {
        var units = new KernelBody?[layout.Units.Count];
        var covered = new int[layout.Units.Count];
        var reused = 0;
        for (var u = 0; u < units.Length; u++)
        {
            var unit = layout.Units[u];
            covered[u] = 1;
            if (unit.Kind is not (UnitKind.Fused or UnitKind.Lanes or UnitKind.Resample or UnitKind.Span))
            {
                continue;
            }

            var il = new IlRecorder();
            switch (unit.Kind)
            {
                case UnitKind.Span:
                    // Consecutive span units share one method: one call from the program for the whole run.
                    while (u + covered[u] < units.Length && layout.Units[u + covered[u]].Kind == UnitKind.Span)
                    {
                        covered[u]++;
                    }

                    SpanUnit.Emit(il, layout, layout.Units.Skip(u).Take(covered[u]));
                    break;
                case UnitKind.Resample:
                    ResampleUnit.Emit(il, layout, unit.Steps[0].Target);
                    break;
                case UnitKind.Lanes:
                    new LaneUnit(new KernelEmitter(layout, live, il)).Emit();
                    break;
                default:
                    new FusedUnit(new KernelEmitter(layout, live, il), unit).Emit();
                    break;
            }

            il.Emit(OpCodes.Ret);
            units[u] = UnitCache.Get<KernelBody>(il, $"phasor_unit{u}", [typeof(double[]), typeof(float[][]), typeof(double[]), typeof(int), typeof(BlockRunner)], out var hit);
            reused += hit ? 1 : 0;
            u += covered[u] - 1;
        }

        return new KernelProgram(units, covered, reused);
    }

    /// <summary>Pushes a ref to the State of node <paramref name="node"/> in the arena (argument 0), typed as <paramref name="form"/>'s State.</summary>
    internal static void EmitStateRef(IlRecorder il, KernelLayout layout, int node, TickForm form)
    {
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, layout.StateOffset[node]);
        il.Emit(OpCodes.Ldelema, typeof(double));
        il.Emit(OpCodes.Call, s_as.MakeGenericMethod(typeof(double), form.StateType));
    }

    private static void EmitSpan(IlRecorder il, IlLocal span, int offset, int length)
    {
        il.Emit(OpCodes.Ldloca, span);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, offset);
        il.Emit(OpCodes.Ldc_I4, length);
        il.Emit(OpCodes.Call, s_span);
    }

    /// <summary>Loads the (start, step) pair of every live constant of the nodes <paramref name="member"/> picks into locals, once per block.</summary>
    private void LoadLiveConstants(Func<int, bool> member)
    {
        foreach (var (key, slot) in _live)
        {
            if (_liveLocals.ContainsKey(slot) || !member(key.Node))
            {
                continue;
            }

            var start = _il.DeclareLocal(typeof(double));
            var step = _il.DeclareLocal(typeof(double));
            foreach (var (index, into) in new[] { (2 * slot, start), ((2 * slot) + 1, step) })
            {
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Ldc_I4, index);
                _il.Emit(OpCodes.Ldelem_R8);
                _il.Emit(OpCodes.Stloc, into);
            }

            _liveLocals[slot] = (start, step);
        }
    }

    /// <summary>
    /// Pushes live constant <paramref name="slot"/> at frame <paramref name="i"/> as a float: start + step · (i + 1),
    /// in double then rounded, exactly as the reference ramps a changed constant.
    /// </summary>
    private void EmitLiveRamp(int slot, IlLocal i)
    {
        var (start, step) = _liveLocals[slot];
        _il.Emit(OpCodes.Ldloc, start);
        _il.Emit(OpCodes.Ldloc, step);
        _il.Emit(OpCodes.Ldloc, i);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Conv_R8);
        _il.Emit(OpCodes.Mul);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Conv_R4);
    }

    private IlLocal Buffer(int buffer)
    {
        if (!_bufferLocals.TryGetValue(buffer, out var local))
        {
            // Declared once, loaded at the top of every unit that uses it (cheap: one array load per block).
            local = _il.DeclareLocal(typeof(float[]));
            _bufferLocals[buffer] = local;
        }

        return local;
    }

    /// <summary>One fused unit: prologue (state refs, spans, buffers, live constants), the frame loop, EndBlock calls.</summary>
    private sealed class FusedUnit(KernelEmitter e, KernelUnit unit)
    {
        private readonly IlRecorder _il = e._il;
        private readonly KernelLayout _layout = e._layout;
        private readonly Dictionary<int, IlLocal> _stateRefs = [];
        private readonly Dictionary<int, IlLocal> _stateCopies = [];
        private readonly Dictionary<int, IlLocal> _spans = [];
        private readonly Dictionary<(int Node, int Port), IlLocal> _outputs = [];
        private readonly HashSet<int> _members = [.. unit.Steps.Select(s => s.Target)];
        private readonly HashSet<int> _usedBuffers = [];
        private readonly List<(IlLocal Value, int Buffer)> _blockValues = [];
        private IlLocal _i;

        public void Emit()
        {
            foreach (var n in _members)
            {
                var form = _layout.Forms[n]!;
                var sref = _il.DeclareLocal(form.StateType.MakeByRefType());
                EmitStateRef(_il, _layout, n, form);
                _il.Emit(OpCodes.Stloc, sref);
                _stateRefs[n] = sref;

                // The loop works on a copy in a local, which the JIT can keep in registers; it goes back after the loop.
                var copy = _il.DeclareLocal(form.StateType);
                _il.Emit(OpCodes.Ldloc, sref);
                _il.Emit(OpCodes.Ldobj, form.StateType);
                _il.Emit(OpCodes.Stloc, copy);
                _stateCopies[n] = copy;
                if (form.HasMemory)
                {
                    var span = _il.DeclareLocal(typeof(Span<double>));
                    EmitSpan(_il, span, _layout.MemoryOffset[n], _layout.MemorySize[n]);
                    _spans[n] = span;
                }

                for (var o = 0; o < form.Spec.Outputs.Count; o++)
                {
                    _outputs[(n, o)] = _il.DeclareLocal(typeof(float));
                }
            }

            // The loop body is emitted into a side list first so the prologue knows which buffers and live constants it needs.
            var body = new List<Action>();
            foreach (var step in unit.Steps)
            {
                PlanSteps(step, body);
            }

            foreach (var b in _usedBuffers)
            {
                _il.Emit(OpCodes.Ldarg_1);
                _il.Emit(OpCodes.Ldc_I4, b);
                _il.Emit(OpCodes.Ldelem_Ref);
                _il.Emit(OpCodes.Stloc, e.Buffer(b));
            }

            if (unit.Factor == 1)
            {
                e.LoadLiveConstants(_members.Contains);
            }

            _i = _il.DeclareLocal(typeof(int));
            var top = _il.DefineLabel();
            var test = _il.DefineLabel();
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Stloc, _i);
            _il.Emit(OpCodes.Br, test);
            _il.MarkLabel(top);
            foreach (var emit in body)
            {
                emit();
            }

            _il.Emit(OpCodes.Ldloc, _i);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Add);
            _il.Emit(OpCodes.Stloc, _i);
            _il.MarkLabel(test);
            _il.Emit(OpCodes.Ldloc, _i);
            EmitCount();
            _il.Emit(OpCodes.Blt, top);

            // A control-rate output holds the value of the block's last frame in every frame, as the block kernels write it.
            foreach (var (value, buffer) in _blockValues)
            {
                _il.Emit(OpCodes.Ldloc, e.Buffer(buffer));
                _il.Emit(OpCodes.Ldloc, value);
                _il.Emit(OpCodes.Ldc_I4_0);
                EmitCount();
                _il.Emit(OpCodes.Call, s_fill);
            }

            foreach (var (n, copy) in _stateCopies)
            {
                _il.Emit(OpCodes.Ldloc, _stateRefs[n]);
                _il.Emit(OpCodes.Ldloc, copy);
                _il.Emit(OpCodes.Stobj, _layout.Forms[n]!.StateType);
            }

            foreach (var n in _members)
            {
                if (_layout.Forms[n]!.EndBlock is { } end)
                {
                    _il.Emit(OpCodes.Ldloc, _stateRefs[n]);
                    if (_spans.TryGetValue(n, out var span))
                    {
                        _il.Emit(OpCodes.Ldloc, span);
                    }

                    _il.Emit(OpCodes.Call, end);
                }
            }
        }

        /// <summary>
        /// The samples one block holds at the unit's rate: frames, or frames * F for an oversampled unit (whose
        /// wires already hold that many). A factor-1 unit has no multiplication: its loop is the plain frame loop.
        /// </summary>
        private void EmitCount()
        {
            _il.Emit(OpCodes.Ldarg_3);
            if (unit.Factor != 1)
            {
                _il.Emit(OpCodes.Ldc_I4, unit.Factor);
                _il.Emit(OpCodes.Mul);
            }
        }

        private readonly HashSet<(int Node, int Port)> _produced = [];

        private void PlanSteps(PlanStep step, List<Action> body)
        {
            var n = step.Target;
            var form = _layout.Forms[n]!;
            var spec = form.Spec;
            switch (step.Kind)
            {
                case StepKind.Process when spec.BreaksFeedback:
                    PlanCall(n, form.Read!, body, p => spec.Inputs[p].Name != spec.FeedbackInput, withOutputs: true);
                    PlanCall(n, form.Write!, body, p => spec.Inputs[p].Name == spec.FeedbackInput, withOutputs: false);
                    break;
                case StepKind.Read:
                    PlanCall(n, form.Read!, body, p => spec.Inputs[p].Name != spec.FeedbackInput, withOutputs: true);
                    break;
                case StepKind.Write:
                    PlanCall(n, form.Write!, body, p => spec.Inputs[p].Name == spec.FeedbackInput, withOutputs: false);
                    break;
                default:
                    PlanCall(n, form.Tick!, body, _ => true, withOutputs: true);
                    break;
            }
        }

        private void PlanCall(int n, MethodInfo method, List<Action> body, Func<int, bool> takes, bool withOutputs)
        {
            var inputs = new List<Action>();
            var spec = _layout.Forms[n]!.Spec;
            for (var p = 0; p < spec.Inputs.Count; p++)
            {
                if (takes(p))
                {
                    inputs.Add(PlanInput(n, p));
                }
            }

            var outputs = withOutputs ? spec.Outputs.Count : 0;
            var stores = new List<(IlLocal Value, int Buffer)>();
            for (var o = 0; o < outputs; o++)
            {
                _produced.Add((n, o));
                if (NeedsStore(n, o))
                {
                    var buffer = _layout.Plan.Nodes[n].Outputs[o];
                    _usedBuffers.Add(buffer);
                    var control = _layout.Forms[n]!.Spec.Outputs[o].Rate == Dsp.Kernels.PortRate.Control;
                    (control ? _blockValues : stores).Add((_outputs[(n, o)], buffer));
                }
            }

            body.Add(() =>
            {
                _il.Emit(OpCodes.Ldloca, _stateCopies[n]);

                if (_spans.TryGetValue(n, out var span))
                {
                    _il.Emit(OpCodes.Ldloc, span);
                }

                foreach (var input in inputs)
                {
                    input();
                }

                for (var o = 0; o < outputs; o++)
                {
                    _il.Emit(OpCodes.Ldloca, _outputs[(n, o)]);
                }

                _il.Emit(OpCodes.Call, method);

                foreach (var (value, buffer) in stores)
                {
                    _il.Emit(OpCodes.Ldloc, e.Buffer(buffer));
                    _il.Emit(OpCodes.Ldloc, _i);
                    _il.Emit(OpCodes.Ldloc, value);
                    _il.Emit(OpCodes.Stelem_R4);
                }
            });
        }

        private Action PlanInput(int n, int p)
        {
            var binding = _layout.Plan.Nodes[n].Inputs[p];
            if (_layout.Source(n, p) is { } source && _members.Contains(source.Node) && _produced.Contains(source))
            {
                var local = _outputs[source];
                return () => _il.Emit(OpCodes.Ldloc, local);
            }

            // A live constant of an oversampled node is read from its own buffer, which the backend ramps over
            // frames * F samples with the reference's code (IlBackend.UpdateBuffer), so the ramp is the same bits.
            if (!binding.IsConstant || (unit.Factor != 1 && e._live.ContainsKey((n, p))))
            {
                _usedBuffers.Add(binding.Buffer);
                return () =>
                {
                    _il.Emit(OpCodes.Ldloc, e.Buffer(binding.Buffer));
                    _il.Emit(OpCodes.Ldloc, _i);
                    _il.Emit(OpCodes.Ldelem_R4);
                };
            }

            if (e._live.TryGetValue((n, p), out var slot))
            {
                return () => e.EmitLiveRamp(slot, _i);
            }

            var value = (float)binding.Value;
            return () => _il.Emit(OpCodes.Ldc_R4, value);
        }

        /// <summary>An output goes to its buffer when a channel plays it, a resampler reads it or a node outside this unit does.</summary>
        private bool NeedsStore(int n, int o) =>
            e._channelOutputs.Contains((n, o)) || e._resampledOutputs.Contains((n, o)) ||
            (e._consumers.TryGetValue((n, o), out var readers) && readers.Any(r => !_members.Contains(r)));
    }
}
