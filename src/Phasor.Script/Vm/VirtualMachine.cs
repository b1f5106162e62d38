using System.Runtime.CompilerServices;
using System.Text;
using Phasor.Script.Compiling;
using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

/// <summary>Runs chunks: one dispatch loop over a preallocated frame stack and register stack; the realm's call invoker.</summary>
/// <remarks>
/// Script-to-script calls push a frame and continue in the same loop (no host recursion). Built-ins that call back
/// into script (sort comparators, map callbacks) enter a nested loop through <see cref="Call"/>; those frames count
/// toward <see cref="MaxFrames"/> like any other. Not thread-safe: one VM per engine, one thread at a time.
/// </remarks>
internal sealed partial class VirtualMachine : ICallInvoker
{
    /// <summary>The deepest call nesting before <c>RangeError: Maximum call stack size exceeded</c>.</summary>
    public const int MaxFrames = 10_000;

    /// <summary>The register stack size; fixed so the dispatch loop may keep the array in a local.</summary>
    private const int MaxRegisters = 1 << 19;
    private const int TickInterval = 4096;

    /// <summary>How deeply host calls (callbacks from built-ins, getters) may nest dispatch loops on the host stack.</summary>
    private const int MaxNesting = 300;
    private static readonly int[] s_lengths = BuildLengths();

    private readonly Realm _realm;
    private readonly Frame[] _frames = new Frame[MaxFrames + 1];
    private readonly JsValue[] _stack = new JsValue[MaxRegisters];
    private int _fi = -1;
    private int _nesting;
    private int _ticks = TickInterval;

    /// <summary>Set when the hot dispatch copy is ready: the startup copy returns at its next instruction.</summary>
    private bool _hotReady;

    /// <summary>Set by the startup copy when it returned to hand over rather than because its entry frame returned.</summary>
    private bool _handedOver;
    private long _ticksLeft = long.MaxValue;
    private long _budget;
    private CancellationToken _cancellation;

    public VirtualMachine(Realm realm)
    {
        _realm = realm;
        realm.Invoker = this;
        realm.StackTraceProvider = StackTrace;
    }

    public Realm Realm => _realm;

    /// <summary>Runs a script chunk to completion and returns its completion value.</summary>
    /// <remarks>The budget counts backward jumps and calls (checked every <see cref="TickInterval"/>); 0 means unlimited.</remarks>
    public JsValue RunScript(Chunk chunk, long budget = 0, CancellationToken cancellation = default)
    {
        _budget = budget;
        _ticksLeft = budget <= 0 ? long.MaxValue : budget;
        _ticks = TickInterval;
        _cancellation = cancellation;
        var closure = new Closure(_realm, chunk, null, null);
        try
        {
            // Node runs a script as a CommonJS module: top-level this is the (empty) module.exports object.
            return Invoke(closure, _realm.CreateObject(), [], null);
        }
        finally
        {
            _fi = -1;
            _nesting = 0;
        }
    }

    /// <inheritdoc/>
    public JsValue Call(JsFunction function, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (function is not Closure closure)
        {
            return function.Call(_realm, thisValue, args);
        }

        if (closure.IsClassConstructor)
        {
            Throw.TypeError(_realm, ErrorMessages.ClassWithoutNew, closure.Name);
        }

        return Invoke(closure, thisValue, args, null);
    }

    /// <inheritdoc/>
    public JsValue Construct(JsFunction function, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        if (function is not Closure closure)
        {
            return function.Construct(_realm, args, newTarget);
        }

        if (!closure.IsConstructor)
        {
            Throw.TypeError(_realm, ErrorMessages.NotAConstructor, closure.Name);
        }

        if (closure.Chunk is null)
        {
            return ConstructDefault(closure, args, newTarget);
        }

        var self = closure.IsDerived ? JsValue.Hole : JsValue.FromObject(new JsObject(_realm.PrototypeFromConstructor(newTarget, _realm.ObjectPrototype)));
        return Invoke(closure, self, args, newTarget);
    }

    /// <summary>Runs a closure in a nested dispatch loop (host entry): the frame returns control here.</summary>
    private JsValue Invoke(Closure closure, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // The host-stack probe every eighth level: it guarantees far more room than eight nested loops use.
        if (_nesting >= MaxNesting || ((_nesting & 7) == 7 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            Throw.RangeError(_realm, ErrorMessages.StackOverflow);
        }

        PushFrame(closure, thisValue, args, newTarget);
        ref var frame = ref _frames[_fi];
        frame.IsEntry = true;
        _nesting++;
        try
        {
            return Run(_fi);
        }
        finally
        {
            _nesting--;
        }
    }

    private JsValue Run(int entry)
    {
        var acc = JsValue.Undefined;
        while (true)
        {
            try
            {
                if (DispatchCopy.Hot is not { } hot)
                {
                    acc = Execute<DispatchCopy.Startup>(acc);
                    if (!_handedOver)
                    {
                        return acc;
                    }

                    _handedOver = false;
                    DispatchCopy.CountHandOver();
                    hot = DispatchCopy.Hot!;
                }

                // Handed over (or the process is warm): the hot copy carries on from the frame's instruction.
                return hot(this, acc);
            }
            catch (ScriptException e)
            {
                if (!TryHandle(e.Value, entry))
                {
                    _fi = entry - 1;
                    throw;
                }

                acc = e.Value;
            }
            catch
            {
                _fi = entry - 1;
                throw;
            }
        }
    }

    /// <summary>Finds the innermost handler at or above <paramref name="entry"/>; pops the frames it passes.</summary>
    private bool TryHandle(JsValue value, int entry)
    {
        while (_fi >= entry)
        {
            ref var frame = ref _frames[_fi];
            foreach (var handler in frame.Chunk.Handlers)
            {
                if (frame.Pc >= handler.Start && frame.Pc < handler.End)
                {
                    frame.Pc = handler.Target;
                    frame.InSuperCall = false;
                    frame.Env = _stack[frame.Fp + handler.EnvRegister].Ref as Environment;
                    return true;
                }
            }

            _fi--;
        }

        return false;
    }

    /// <summary>Pushes a frame for a closure with a chunk: copies the arguments into its parameter registers.</summary>
    private void PushFrame(Closure closure, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var chunk = closure.Chunk!;
        var fp = _fi < 0 ? 0 : _frames[_fi].Fp + _frames[_fi].Chunk.RegisterCount;
        if (_fi + 1 >= MaxFrames)
        {
            Throw.RangeError(_realm, ErrorMessages.StackOverflow);
        }

        if (fp + chunk.RegisterCount > _stack.Length)
        {
            Throw.RangeError(_realm, ErrorMessages.StackOverflow);
        }

        var stack = _stack;
        var parameters = chunk.HasRest ? chunk.ParameterCount - 1 : chunk.ParameterCount;
        var copied = Math.Min(parameters, args.Length);

        // Element loops: for the few registers of a frame, the bulk copy and clear helpers cost more than they save.
        for (var i = 0; i < copied; i++)
        {
            JsValue.Store(ref stack[fp + i], args[i]);
        }

        for (var i = fp + copied; i < fp + chunk.RegisterCount; i++)
        {
            stack[i] = default;
        }
        if (chunk.HasRest)
        {
            var rest = _realm.CreateArray(Math.Max(0, args.Length - parameters));
            for (var i = parameters; i < args.Length; i++)
            {
                rest.Push(args[i]);
            }

            stack[fp + parameters] = rest;
        }

        _fi++;
        ref var frame = ref _frames[_fi];

        // As in TryEnterCall: references are written only when they change (a getter or constructor run again from
        // the same depth finds its own), since each reference store into the frame array calls the write barrier.
        if (!ReferenceEquals(frame.Function, closure))
        {
            frame.Function = closure;
        }

        frame.Pc = 0;
        frame.Fp = fp;
        if (!ReferenceEquals(frame.Env, closure.Env))
        {
            frame.Env = closure.Env;
        }

        JsValue.Store(ref frame.This, chunk.IsArrow ? closure.BoundThis : thisValue);
        if (chunk.ThisRegister >= 0)
        {
            JsValue.Store(ref stack[fp + chunk.ThisRegister], frame.This);
        }

        if (!ReferenceEquals(frame.NewTarget, newTarget))
        {
            frame.NewTarget = newTarget;
        }

        frame.IsConstruct = newTarget is not null;
        frame.IsEntry = false;
        frame.InSuperCall = false;
        frame.IsSuperCallee = false;
    }

    /// <summary>Called every <see cref="TickInterval"/> backward jumps and calls: enforces the budget and cancellation.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Tick()
    {
        _ticks = TickInterval;
        DispatchCopy.Tick();
        _hotReady = DispatchCopy.Hot is not null;
        _ticksLeft -= TickInterval;
        if (_ticksLeft <= 0)
        {
            throw new ExecutionInterruptedException(string.Format(System.Globalization.CultureInfo.InvariantCulture, VmMessages.BudgetExceededFormat, _budget));
        }

        if (_cancellation.IsCancellationRequested)
        {
            throw new ExecutionInterruptedException(VmMessages.Cancelled);
        }

        HeapGuard.Sample();
    }

    /// <summary>Gets the position (file:line:col) of the last <c>throw</c> statement, reported for thrown non-Error values.</summary>
    public string? LastThrowSite { get; private set; }

    private void RecordThrowSite()
    {
        ref var frame = ref _frames[_fi];
        var position = frame.Chunk.PositionAt(frame.Pc);
        LastThrowSite = frame.Chunk.Source.FileName + ":" + position.Line + ":" + position.Column;
    }

    /// <summary>The script's own stack, innermost frame first, as the <c>stack</c> lines of a new error.</summary>
    private string StackTrace()
    {
        var sb = new StringBuilder();
        var top = _fi;
        while (top > 0 && _frames[top].InSuperCall)
        {
            top--;
        }

        for (var i = top; i >= 0 && i >= top - 10; i--)
        {
            ref var frame = ref _frames[i];
            var position = frame.Chunk.PositionAt(frame.Pc);
            var name = frame.Chunk.Name.Length == 0 ? "<anonymous>" : frame.Chunk.Name;
            sb.Append("\n    at ").Append(name).Append(" (").Append(frame.Chunk.Source.FileName).Append(':')
              .Append(position.Line).Append(':').Append(position.Column).Append(')');
        }

        return sb.ToString();
    }

    private static int[] BuildLengths()
    {
        var lengths = new int[OpTable.Count];
        for (var i = 0; i < lengths.Length; i++)
        {
            // A superinstruction's frame returns to the instruction after its first part (the rest is still in place).
            var info = OpTable.Get((OpCode)i);
            lengths[i] = info.FusedFirst is { } first ? OpTable.Get(first).Length : info.Length;
        }

        return lengths;
    }
}
