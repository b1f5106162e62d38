using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Execution;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Il;

/// <summary>
/// The compiled backend: a plan turned into specialised .NET methods. Nodes with a tick form are
/// fused into loops over the frames (over frames * F samples for nodes oversampled F times);
/// resamplers call the oversampler's per-factor paths; nodes without a tick form run through their
/// block kernels. It owns its state arena and buffers.
/// </summary>
public sealed class IlBackend : IGraphKernel
{
    private readonly Plan _plan;
    private readonly KernelLayout _layout;
    private readonly KernelLayout _quickLayout;
    private readonly double[] _state;
    private readonly float[][] _buffers;
    private readonly BlockRunner _runner;
    private readonly BlockRunner _quickRunner;
    private readonly NodeSetup[] _setups;
    private readonly int[] _zeroed;
    private readonly List<Constant> _constants = [];
    private readonly Dictionary<(int Node, int Port), int> _liveSlots = [];
    private readonly Tiering _tiering;
    private readonly Stopwatch _clock;
    private readonly Lock _lock = new();
    private KernelTier _active;
    private KernelTier? _pending;
    private KernelTier? _quick;
    private KernelTier? _compiled;
    private int _generation;

    // The dirty flag of the constants: SetInput counts its changes; the render thread looks at the constants only when
    // the count moved, a ramp is still under way, or new code brought a fresh live array (UpdateConstants).
    private int _changes;
    private int _seenChanges;
    private bool _settling;
    private double[]? _settledLive;
    private Task _compiling = Task.CompletedTask;

    /// <summary>
    /// Compiles <paramref name="plan"/> and resets every node. <paramref name="lanes"/> runs identical voices as
    /// the lanes of 512-bit vectors: by default where the processor has them, true or false to force it either way
    /// (forced on a machine without them it is correct but slow). <paramref name="tiering"/> says whether the
    /// compiled code is ready when this returns or follows in the background.
    /// </summary>
    public IlBackend(Plan plan, bool? lanes = null, Tiering tiering = Tiering.Immediate, bool spans = true)
    {
        _clock = Stopwatch.StartNew();
        RenderPath.Prepare();
        _tiering = tiering;
        _layout = new KernelLayout(plan, lanes ?? Vector512.IsHardwareAccelerated, spans: spans);
        if (_layout.Lanes.Count > 0)
        {
            // Lanes run the voices' steps side by side, out of the plan's order, which the planner's buffer sharing assumes.
            plan = UnsharedBuffers.Of(plan);
            _layout = new KernelLayout(plan, lanes: true, _layout.Lanes, spanNodes: _layout.Spans);
        }

        _plan = plan;
        _state = new double[_layout.ArenaSize];
        _buffers = [.. plan.Buffers.Select(b => new float[b.Length])];
        _runner = new BlockRunner(_layout, _state, _buffers);
        _quickLayout = new KernelLayout(plan, spanNodes: _layout.Spans);
        _quickRunner = new BlockRunner(_quickLayout, _state, _buffers, _runner.ConstantMasks);
        _setups = [.. plan.Nodes.Select(n => n.Setup)];
        _zeroed = [.. Enumerable.Range(0, plan.Buffers.Length).Where(i => plan.Buffers[i].NeedsZeroing)];
        for (var n = 0; n < plan.Nodes.Length; n++)
        {
            for (var p = 0; p < plan.Nodes[n].Inputs.Length; p++)
            {
                if (plan.Nodes[n].Inputs[p].IsConstant)
                {
                    _constants.Add(new Constant(n, p, plan.Nodes[n].Inputs[p], _layout.Forms[n] is not null && !_layout.Spans[n], plan.Nodes[n].Factor));
                }
            }
        }

        if (tiering == Tiering.Immediate)
        {
            Compile();
        }
        else
        {
            Quicken();
        }

        _active = Interlocked.Exchange(ref _pending, null)!;
        Reset();
        CompileTime = _clock.Elapsed;
    }

    /// <summary>
    /// Empties the process-wide cache of compiled units, so the next build emits and JIT-compiles everything
    /// (for measuring that cost; kernels already built keep working).
    /// </summary>
    public static void ForgetCompiledUnits() => UnitCache.Clear();

    /// <inheritdoc/>
    public int Channels => _plan.Channels;

    /// <inheritdoc/>
    public double SampleRate => _plan.Options.SampleRate;

    /// <inheritdoc/>
    public int MaxBlock => _plan.Options.MaxBlock;

    /// <summary>
    /// Time from the start of the constructor until the kernel could play: lay out, emit, JIT-compile (by running one
    /// throwaway frame) and reset, of the compiled code with <see cref="Tiering.Immediate"/> and of the quick tier with
    /// <see cref="Tiering.Background"/>. Units whose code was compiled before in this process skip the emission and
    /// the JIT (see <see cref="ForgetCompiledUnits"/>).
    /// </summary>
    public TimeSpan CompileTime { get; }

    /// <summary>Time from the start of the constructor until the compiled code was ready (null while it is not).</summary>
    public TimeSpan? CompiledTime { get; private set; }

    /// <summary>Methods the current code consists of (fused, lanes and resample units).</summary>
    public int CompiledUnits { get; private set; }

    /// <summary>Of <see cref="CompiledUnits"/>, those whose code was compiled before in this process and reused as it was.</summary>
    public int ReusedUnits { get; private set; }

    /// <summary>True while the quick tier plays (the fused units call each node's tick instead of inlining it).</summary>
    public bool IsQuick => !_active.Compiled;

    /// <summary>Node ids that run fused or as lanes: their tick or lane forms inlined into compiled loops.</summary>
    public IEnumerable<string> FusedNodes => Enumerable.Range(0, _plan.Nodes.Length).Where(n => _layout.Forms[n] is not null && !_layout.Spans[n]).Select(n => _plan.Nodes[n].Def.Id);

    /// <summary>Node ids that run through their span forms, a block at a time (the rest of the nodes with no tick form run through their block kernels).</summary>
    public IEnumerable<string> SpanNodes => Enumerable.Range(0, _plan.Nodes.Length).Where(n => _layout.Spans[n]).Select(n => _plan.Nodes[n].Def.Id);

    /// <summary>Node ids that run as vector lanes, in lane tuples (empty when no identical voices were found or lanes are off).</summary>
    public IEnumerable<IReadOnlyList<string>> LaneTuples => _layout.Lanes.Select(t => (IReadOnlyList<string>)[.. t.Nodes.Select(n => _plan.Nodes[n].Def.Id)]);

    private int LastFrames { get; set; }

    /// <summary>
    /// Waits until the latest compiled code is ready (it takes over at the next <see cref="Process"/>); rethrows
    /// what went wrong compiling it. Control side.
    /// </summary>
    public void WaitCompiled() => _compiling.GetAwaiter().GetResult();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Process(int frames)
    {
        if ((uint)(frames - 1) >= (uint)MaxBlock)
        {
            throw new ArgumentOutOfRangeException(nameof(frames), frames, "frames must be between 1 and the plan's MaxBlock");
        }

        if (Volatile.Read(ref _pending) is not null && Interlocked.Exchange(ref _pending, null) is { } next)
        {
            _active = next;
        }

        LastFrames = frames;
        UpdateConstants(frames);
        foreach (var b in _zeroed)
        {
            Array.Clear(_buffers[b], 0, frames * (_buffers[b].Length / MaxBlock));
        }

        _active.Body(_state, _buffers, _active.Live, frames, _active.Runner);
    }

    /// <inheritdoc/>
    public ReadOnlySpan<float> Output(int channel) => _buffers[_plan.OutputBuffers[channel]].AsSpan(0, LastFrames);

    /// <inheritdoc/>
    public ReadOnlySpan<double> NodeState(string node) =>
        _layout.Index.TryGetValue(node, out var n) ? _state.AsSpan(_layout.StateOffset[n], _layout.StateSize[n]) : default;

    /// <inheritdoc/>
    public bool SetInput(string node, string port, double value)
    {
        if (!_layout.Index.TryGetValue(node, out var n))
        {
            return false;
        }

        var p = _plan.Nodes[n].Kernel.Spec.InputIndex(port);
        var constant = _constants.Find(c => c.Node == n && c.Port == p);
        if (constant is null)
        {
            return false;
        }

        constant.Target = value;
        Interlocked.Increment(ref _changes);
        if (constant.Fused && constant.Slot < 0)
        {
            // Fused constants are literals in the code; the first change makes this one live and needs new code.
            // In the background tiering a new quick tier plays it at once while the compiled code follows.
            lock (_lock)
            {
                _liveSlots[(n, p)] = _liveSlots.Count;
                constant.Slot = _liveSlots[(n, p)];
            }

            if (_tiering == Tiering.Background)
            {
                Quicken();
            }
            else
            {
                Compile();
            }
        }

        return true;
    }

    /// <summary>
    /// Builds the compiled code for the current live slots, on this thread (immediate) or the thread pool
    /// (background); it becomes pending and the render thread installs it at its next block. A newer build
    /// supersedes an older one still under way.
    /// </summary>
    private void Compile()
    {
        var (slots, generation) = Snapshot();
        if (_tiering == Tiering.Immediate)
        {
            Offer(Build(_layout, slots), generation);
        }
        else
        {
            _compiling = Task.Run(() => Offer(Build(_layout, slots), generation));
        }
    }

    /// <summary>Builds the quick tier for the current live slots on this thread, makes it pending, and starts the compiled code.</summary>
    private void Quicken()
    {
        var (slots, generation) = Snapshot();
        Offer(BuildQuick(slots), generation);
        Compile();
    }

    private (Dictionary<(int Node, int Port), int> Slots, int Generation) Snapshot()
    {
        lock (_lock)
        {
            return (new Dictionary<(int Node, int Port), int>(_liveSlots), ++_generation);
        }
    }

    private KernelTier Build(KernelLayout layout, Dictionary<(int Node, int Port), int> slots)
    {
        var program = KernelEmitter.EmitBody(layout, slots);
        var live = new double[2 * slots.Count];
        program.Warm(_state.Length, _buffers, live, _runner, state => TickRunner.Init(_layout, state, _setups));
        var tier = new KernelTier(program.Run, _runner, live, compiled: true);
        (tier.Units, tier.Reused) = (program.Compiled, program.Reused);
        return tier;
    }

    /// <summary>The quick tier: nothing compiled for this patch, the node types' shared loops run it (<see cref="TickRunner"/>).</summary>
    private KernelTier BuildQuick(Dictionary<(int Node, int Port), int> slots) =>
        new(new TickRunner(_quickLayout, _state, _buffers, slots, _setups).Run, _quickRunner, new double[2 * slots.Count], compiled: false);

    /// <summary>Makes <paramref name="tier"/> pending unless a newer build has started since its own.</summary>
    private void Offer(KernelTier tier, int generation)
    {
        lock (_lock)
        {
            if (tier.Compiled)
            {
                _compiled = tier;
            }
            else
            {
                _quick = tier;
            }

            // A build for older live slots would play a changed constant's literal.
            if (generation == _generation)
            {
                (CompiledUnits, ReusedUnits) = (tier.Units, tier.Reused);
                if (tier.Compiled)
                {
                    CompiledTime ??= _clock.Elapsed;
                }

                Volatile.Write(ref _pending, tier);
            }
        }
    }

    /// <summary>For tests: the quick tier or the latest compiled code takes over at the next block.</summary>
    internal void SwitchTier(bool quick)
    {
        if (quick && (_quick is null || _quick.Live.Length != 2 * _liveSlots.Count))
        {
            var (slots, _) = Snapshot();
            _quick = BuildQuick(slots);
        }

        Volatile.Write(ref _pending, quick ? _quick : _compiled ?? throw new InvalidOperationException("nothing compiled yet"));
    }

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_state);
        TickRunner.Init(_layout, _state, _setups);
        for (var n = 0; n < _plan.Nodes.Length; n++)
        {
            if (_layout.Forms[n] is null)
            {
                var node = _plan.Nodes[n];
                node.Kernel.Reset(node.Setup, _state.AsSpan(_layout.StateOffset[n], _layout.StateSize[n]));
            }
        }

        _settledLive = null;
        foreach (var c in _constants)
        {
            c.Target = c.Current = c.Binding.Value;
            c.Moving = false;
            c.LiveWritten = null;
            if (c.Ramped)
            {
                _buffers[c.Binding.Buffer].AsSpan().Fill((float)c.Binding.Value);
            }
        }

        for (var n = 0; n < _plan.Nodes.Length; n++)
        {
            ulong mask = 0;
            for (var p = 0; p < _plan.Nodes[n].Inputs.Length; p++)
            {
                mask |= _plan.Nodes[n].Inputs[p].IsConstant ? 1UL << p : 0;
            }

            _runner.ConstantMasks[n] = mask;
        }
    }

    /// <summary>Moves changed constants: live slots for fused nodes at factor 1, ramped buffers for the rest (as the reference does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UpdateConstants(int frames)
    {
        var live = _active.Live;
        var changes = Volatile.Read(ref _changes);
        if (changes == _seenChanges && !_settling && ReferenceEquals(live, _settledLive))
        {
            // Nothing moved since the last block: a patch's static controls cost one comparison, not a pass over them.
            return;
        }

        _seenChanges = changes;
        var settling = false;
        foreach (var c in _constants)
        {
            if (!c.Ramped)
            {
                // A slot past the code's live array was made live after this code was built: its literal plays on until the new code.
                if (c.Slot >= 0 && (2 * c.Slot) + 1 < live.Length)
                {
                    // A slot that holds its value in this code's array, with no ramp left in it, costs nothing: a
                    // patch's static controls are not rewritten every block (only a change, the block after a ramp,
                    // and a new code's fresh array are).
                    if (c.Current == c.Target && !c.LiveRamping && ReferenceEquals(c.LiveWritten, live))
                    {
                        continue;
                    }

                    var step = c.Binding.Smooth ? (c.Target - c.Current) / frames : 0;
                    live[2 * c.Slot] = c.Binding.Smooth ? c.Current : c.Target;
                    live[(2 * c.Slot) + 1] = step;
                    c.Current = c.Target;
                    c.LiveRamping = step != 0;
                    c.LiveWritten = live;
                    settling |= c.LiveRamping;
                }

                continue;
            }

            // Most constants hold still: only a changed or still-ramping one touches its buffer.
            if (c.Current != c.Target || c.Moving)
            {
                UpdateBuffer(c, frames);
            }

            settling |= c.Moving || c.LiveRamping;
        }

        _settling = settling;
        _settledLive = live;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UpdateBuffer(Constant c, int frames)
    {
        var length = frames * _plan.Nodes[c.Node].Factor;
        var buffer = _buffers[c.Binding.Buffer].AsSpan(0, length);
        if (c.Current != c.Target)
        {
            if (c.Binding.Smooth)
            {
                var step = (c.Target - c.Current) / length;
                for (var i = 0; i < length - 1; i++)
                {
                    buffer[i] = (float)(c.Current + (step * (i + 1)));
                }

                buffer[length - 1] = (float)c.Target;
                _runner.ConstantMasks[c.Node] &= ~(1UL << c.Port);
            }
            else
            {
                buffer.Fill((float)c.Target);
            }

            c.Current = c.Target;
            c.Moving = c.Binding.Smooth;
        }
        else if (c.Moving)
        {
            _buffers[c.Binding.Buffer].AsSpan().Fill((float)c.Target);
            c.Moving = false;
            _runner.ConstantMasks[c.Node] |= 1UL << c.Port;
        }
    }

    /// <summary>A constant input: where it is, what it is now and what the control side wants.</summary>
    private sealed class Constant(int node, int port, InputBinding binding, bool fused, int factor)
    {
        public int Node { get; } = node;

        public int Port { get; } = port;

        public InputBinding Binding { get; } = binding;

        /// <summary>True when the input is a literal in the fused code until its first change makes it live.</summary>
        public bool Fused { get; } = fused;

        /// <summary>
        /// True when the code reads it from its buffer once live (or always, for block kernels), ramped there by
        /// <see cref="UpdateBuffer"/> over frames * factor samples; false for the live slots of factor-1 fused code.
        /// </summary>
        public bool Ramped { get; } = !fused || factor != 1;

        public double Current { get; set; }

        public double Target { get; set; }

        public bool Moving { get; set; }

        public int Slot { get; set; } = -1;

        /// <summary>The live array this slot was last written to (null: none yet, or reset since).</summary>
        public double[]? LiveWritten { get; set; }

        /// <summary>Whether the last write left a ramp step in the slot, which the next block must clear.</summary>
        public bool LiveRamping { get; set; }
    }
}
