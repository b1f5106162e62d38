using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Compile.Il;

internal sealed partial class KernelEmitter
{
    /// <summary>
    /// The lanes unit: every <see cref="LaneTuple"/> of the layout as one vector tick per frame. Each tuple's state
    /// is gathered lane by lane from its voices' scalar states before the loop and scattered back after it, so
    /// the arena keeps the scalar layout (state readout, reset and recompilation do not know lanes exist).
    /// Inputs wired from the lanes of an earlier tuple stay in vector locals; constants become vectors once per
    /// block; anything else is gathered lane by lane every frame. Outputs read outside the lanes are stored lane by lane.
    /// </summary>
    private sealed class LaneUnit(KernelEmitter e)
    {
        private static readonly MethodInfo s_create = typeof(Vector512).GetMethod(nameof(Vector512.Create), [.. Enumerable.Repeat(typeof(double), Lanes.Count)])!;
        private static readonly MethodInfo s_element = typeof(Vector512).GetMethod(nameof(Vector512.GetElement))!.MakeGenericMethod(typeof(double));

        private readonly IlRecorder _il = e._il;
        private readonly KernelLayout _layout = e._layout;
        private readonly List<LaneTuple> _tuples = e._layout.Lanes;
        private readonly Dictionary<LaneTuple, IlLocal> _states = [];
        private readonly Dictionary<(LaneTuple Tuple, int Port), IlLocal> _outputs = [];
        private readonly Dictionary<(LaneTuple Tuple, int Port), Input> _inputs = [];
        private readonly HashSet<int> _usedBuffers = [];
        private IlLocal _i;

        /// <summary>How a tuple's input reaches it.</summary>
        private abstract record Input;

        /// <summary>The vector output of an earlier tuple whose lanes are exactly the sources.</summary>
        private sealed record Wired(LaneTuple From, int Port) : Input;

        /// <summary>A vector of constants made once per block.</summary>
        private sealed record Constant(IlLocal Vector) : Input;

        /// <summary>Built lane by lane every frame.</summary>
        private sealed record Gathered : Input;

        public void Emit()
        {
            PlanInputs();
            foreach (var t in _tuples)
            {
                var state = _il.DeclareLocal(t.Form.StateType);
                _states[t] = state;
                for (var lane = 0; lane < Lanes.Count; lane++)
                {
                    // Unused lanes repeat lane 0, so they compute something harmless; they are never stored back.
                    _il.Emit(OpCodes.Ldloca, state);
                    EmitStateRef(_il, _layout, t.Nodes[lane < t.Count ? lane : 0], t.Form.Scalar);
                    _il.Emit(OpCodes.Ldc_I4, lane);
                    _il.Emit(OpCodes.Call, t.Form.Load);
                }

                for (var o = 0; o < t.Form.Scalar.Spec.Outputs.Count; o++)
                {
                    _outputs[(t, o)] = _il.DeclareLocal(typeof(Vector512<double>));
                }
            }

            var stores = PlanStores();
            foreach (var b in _usedBuffers)
            {
                _il.Emit(OpCodes.Ldarg_1);
                _il.Emit(OpCodes.Ldc_I4, b);
                _il.Emit(OpCodes.Ldelem_Ref);
                _il.Emit(OpCodes.Stloc, e.Buffer(b));
            }

            e.LoadLiveConstants(n => _tuples.Any(t => t.Nodes.Contains(n)));
            foreach (var ((t, p), input) in _inputs)
            {
                if (input is Constant constant)
                {
                    for (var lane = 0; lane < Lanes.Count; lane++)
                    {
                        _il.Emit(OpCodes.Ldc_R8, (double)(float)_layout.Plan.Nodes[t.Nodes[lane < t.Count ? lane : 0]].Inputs[p].Value);
                    }

                    _il.Emit(OpCodes.Call, s_create);
                    _il.Emit(OpCodes.Stloc, constant.Vector);
                }
            }

            _i = _il.DeclareLocal(typeof(int));
            var top = _il.DefineLabel();
            var test = _il.DefineLabel();
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Stloc, _i);
            _il.Emit(OpCodes.Br, test);
            _il.MarkLabel(top);
            foreach (var t in _tuples)
            {
                EmitTick(t, stores);
            }

            _il.Emit(OpCodes.Ldloc, _i);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Add);
            _il.Emit(OpCodes.Stloc, _i);
            _il.MarkLabel(test);
            _il.Emit(OpCodes.Ldloc, _i);
            _il.Emit(OpCodes.Ldarg_3);
            _il.Emit(OpCodes.Blt, top);

            foreach (var t in _tuples)
            {
                for (var lane = 0; lane < t.Count; lane++)
                {
                    _il.Emit(OpCodes.Ldloca, _states[t]);
                    EmitStateRef(_il, _layout, t.Nodes[lane], t.Form.Scalar);
                    _il.Emit(OpCodes.Ldc_I4, lane);
                    _il.Emit(OpCodes.Call, t.Form.Store);
                }
            }
        }

        private void PlanInputs()
        {
            var tupleOf = new Dictionary<int, LaneTuple>();
            foreach (var t in _tuples)
            {
                for (var p = 0; p < t.Form.Scalar.Spec.Inputs.Count; p++)
                {
                    _inputs[(t, p)] = PlanInput(t, p, tupleOf);
                }

                foreach (var node in t.Nodes)
                {
                    tupleOf[node] = t;
                }
            }
        }

        private Input PlanInput(LaneTuple t, int p, Dictionary<int, LaneTuple> earlier)
        {
            var sources = t.Nodes.Select(n => _layout.Source(n, p)).ToArray();
            if (sources.All(s => s is null))
            {
                return t.Nodes.Any(n => e._live.ContainsKey((n, p))) ? new Gathered() : new Constant(_il.DeclareLocal(typeof(Vector512<double>)));
            }

            if (sources[0] is { } first && earlier.TryGetValue(first.Node, out var from) && from.Count == t.Count)
            {
                var aligned = true;
                for (var lane = 0; lane < t.Count; lane++)
                {
                    aligned &= sources[lane] is { } s && s.Node == from.Nodes[lane] && s.Port == first.Port;
                }

                if (aligned)
                {
                    return new Wired(from, first.Port);
                }
            }

            for (var lane = 0; lane < t.Count; lane++)
            {
                var binding = _layout.Plan.Nodes[t.Nodes[lane]].Inputs[p];
                if (!binding.IsConstant)
                {
                    _usedBuffers.Add(binding.Buffer);
                }
            }

            return new Gathered();
        }

        /// <summary>Per tuple output, the lanes whose value goes to its buffer: played by a channel or read other than as a vector.</summary>
        private Dictionary<(LaneTuple Tuple, int Port), List<int>> PlanStores()
        {
            var wired = new HashSet<(int Node, int Port)>();
            foreach (var ((t, p), input) in _inputs)
            {
                if (input is Wired)
                {
                    foreach (var n in t.Nodes)
                    {
                        wired.Add((n, p));
                    }
                }
            }

            var stores = new Dictionary<(LaneTuple, int), List<int>>();
            foreach (var t in _tuples)
            {
                for (var o = 0; o < t.Form.Scalar.Spec.Outputs.Count; o++)
                {
                    var lanes = new List<int>();
                    for (var lane = 0; lane < t.Count; lane++)
                    {
                        var n = t.Nodes[lane];
                        var readers = e._consumers.TryGetValue((n, o), out var list) ? list : [];
                        if (e._channelOutputs.Contains((n, o)) || readers.Any(r => ReadsOtherwise(r, n, o, wired)))
                        {
                            lanes.Add(lane);
                            _usedBuffers.Add(_layout.Plan.Nodes[n].Outputs[o]);
                        }
                    }

                    stores[(t, o)] = lanes;
                }
            }

            return stores;
        }

        /// <summary>True when <paramref name="reader"/> takes output <paramref name="o"/> of <paramref name="n"/> on some input that is not a vector wire.</summary>
        private bool ReadsOtherwise(int reader, int n, int o, HashSet<(int Node, int Port)> wired)
        {
            for (var p = 0; p < _layout.Plan.Nodes[reader].Inputs.Length; p++)
            {
                if (_layout.Source(reader, p) == (n, o) && !wired.Contains((reader, p)))
                {
                    return true;
                }
            }

            return false;
        }

        private void EmitTick(LaneTuple t, Dictionary<(LaneTuple Tuple, int Port), List<int>> stores)
        {
            _il.Emit(OpCodes.Ldloca, _states[t]);
            for (var p = 0; p < t.Form.Scalar.Spec.Inputs.Count; p++)
            {
                switch (_inputs[(t, p)])
                {
                    case Wired wired:
                        _il.Emit(OpCodes.Ldloc, _outputs[(wired.From, wired.Port)]);
                        break;
                    case Constant constant:
                        _il.Emit(OpCodes.Ldloc, constant.Vector);
                        break;
                    default:
                        for (var lane = 0; lane < Lanes.Count; lane++)
                        {
                            EmitLaneInput(t.Nodes[lane < t.Count ? lane : 0], p);
                        }

                        _il.Emit(OpCodes.Call, s_create);
                        break;
                }
            }

            var outputs = t.Form.Scalar.Spec.Outputs.Count;
            for (var o = 0; o < outputs; o++)
            {
                _il.Emit(OpCodes.Ldloca, _outputs[(t, o)]);
            }

            _il.Emit(OpCodes.Call, t.Form.Tick);
            for (var o = 0; o < outputs; o++)
            {
                foreach (var lane in stores[(t, o)])
                {
                    _il.Emit(OpCodes.Ldloc, e.Buffer(_layout.Plan.Nodes[t.Nodes[lane]].Outputs[o]));
                    _il.Emit(OpCodes.Ldloc, _i);
                    _il.Emit(OpCodes.Ldloc, _outputs[(t, o)]);
                    _il.Emit(OpCodes.Ldc_I4, lane);
                    _il.Emit(OpCodes.Call, s_element);
                    _il.Emit(OpCodes.Conv_R4);
                    _il.Emit(OpCodes.Stelem_R4);
                }
            }
        }

        /// <summary>Pushes one lane's input as a double: its buffer's sample, its live constant's ramp, or its constant.</summary>
        private void EmitLaneInput(int n, int p)
        {
            var binding = _layout.Plan.Nodes[n].Inputs[p];
            if (!binding.IsConstant)
            {
                _il.Emit(OpCodes.Ldloc, e.Buffer(binding.Buffer));
                _il.Emit(OpCodes.Ldloc, _i);
                _il.Emit(OpCodes.Ldelem_R4);
                _il.Emit(OpCodes.Conv_R8);
                return;
            }

            if (e._live.TryGetValue((n, p), out var slot))
            {
                e.EmitLiveRamp(slot, _i);
                _il.Emit(OpCodes.Conv_R8);
                return;
            }

            _il.Emit(OpCodes.Ldc_R8, (double)(float)binding.Value);
        }
    }
}
