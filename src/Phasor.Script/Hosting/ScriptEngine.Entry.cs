using Phasor.Script.Runtime;
using Phasor.Script.Vm;

namespace Phasor.Script.Hosting;

/// <summary>Entering the engine from C#: thread ownership, budget and heap limit, argument passing and error translation.</summary>
public sealed partial class ScriptEngine
{
    private const int ArgumentStackSize = 256;

    private readonly JsValue[] _argumentStack = new JsValue[ArgumentStackSize];
    private readonly Dictionary<string, JsObject> _errorPrototypes = [];
    private int _argumentTop;
    private int _depth;
    private int _owner;
    private HeapGuard? _outerGuard;

    /// <summary>Enters the engine: the outermost entry claims the thread, starts the budget and the heap baseline.</summary>
    internal void EnterHost(CancellationToken cancellation = default)
    {
        var thread = System.Environment.CurrentManagedThreadId;
        if (_depth == 0)
        {
            if (Interlocked.CompareExchange(ref _owner, thread, 0) != 0)
            {
                throw new InvalidOperationException(HostMessages.WrongThread);
            }

            _vm.BeginHostEntry(InstructionBudget, cancellation);
            _outerGuard = _heap.Enter();
        }
        else if (_owner != thread)
        {
            throw new InvalidOperationException(HostMessages.WrongThread);
        }

        _depth++;
    }

    /// <summary>For API calls that do not enter the engine (building values, defining globals): refuses a thread other than a running entry's.</summary>
    internal void CheckThread()
    {
        var owner = Volatile.Read(ref _owner);
        if (owner != 0 && owner != System.Environment.CurrentManagedThreadId)
        {
            throw new InvalidOperationException(HostMessages.WrongThread);
        }
    }

    /// <summary>Leaves the engine; the outermost exit releases the thread.</summary>
    internal void ExitHost()
    {
        if (--_depth == 0)
        {
            _vm.EndHostEntry();
            HeapGuard.Exit(_outerGuard);
            _outerGuard = null;
            _argumentTop = 0;
            Volatile.Write(ref _owner, 0);
        }
    }

    /// <summary>Runs <paramref name="body"/> inside the engine, translating script errors and interruptions for C#.</summary>
    internal TResult RunHost<TState, TResult>(TState state, Func<ScriptEngine, TState, TResult> body)
    {
        EnterHost();
        Exception failure;
        try
        {
            return body(this, state);
        }
        catch (Exception e) when (e is ScriptException or HeapLimitExceededException)
        {
            failure = e;
        }
        finally
        {
            ExitHost();
        }

        // Translated outside the catch block (see EmbedderFunction.Call), reading the error after leaving the engine.
        throw ToHostException(failure);
    }

    /// <summary>Calls (or constructs) a function from C# with the arguments copied onto a reusable stack.</summary>
    internal ScriptValue CallCore(JsValue function, JsValue thisValue, ReadOnlySpan<ScriptValue> args, bool construct, CancellationToken cancellation)
    {
        EnterHost(cancellation);
        var start = _argumentTop;
        Exception failure;
        try
        {
            var values = RentArguments(args.Length);
            for (var i = 0; i < args.Length; i++)
            {
                values[i] = Import(args[i]);
            }

            var result = construct ? _realm.Construct(function, values) : _realm.Call(function, thisValue, values);
            return Export(result);
        }
        catch (Exception e) when (e is ScriptException or HeapLimitExceededException)
        {
            failure = e;
        }
        finally
        {
            _argumentTop = start;
            ExitHost();
        }

        throw ToHostException(failure);
    }

    /// <summary>A span of the argument stack; nested calls (a host function calling back) take the slots above.</summary>
    private Span<JsValue> RentArguments(int count)
    {
        if (_argumentTop + count > _argumentStack.Length)
        {
            return new JsValue[count];
        }

        var span = _argumentStack.AsSpan(_argumentTop, count);
        _argumentTop += count;
        return span;
    }

    /// <summary>Takes a value into this engine: primitives from anywhere, objects only from this engine.</summary>
    internal JsValue Import(ScriptValue value)
    {
        if (value.Engine is { } owner && !ReferenceEquals(owner, this) && value.IsObject)
        {
            throw new ArgumentException(HostMessages.OtherEngine, nameof(value));
        }

        return value.Value;
    }

    /// <summary>Hands a value of this engine to C#.</summary>
    internal ScriptValue Export(JsValue value) => new(value, this);

    /// <summary>Whether an exception thrown by embedder code is a failure to report to the script as an error.</summary>
    /// <remarks>Not the engine's own control flow (script throws, interruptions), nor a process-level failure.</remarks>
    internal static bool IsHostFault(Exception e) =>
        e is not (ScriptException or ScriptTerminationException or ExecutionInterruptedException or HeapLimitExceededException or OutOfMemoryException or InsufficientExecutionStackException);

    /// <summary>Turns an exception from embedder code into the script error the script sees.</summary>
    /// <remarks>
    /// A <see cref="ScriptErrorException"/> that carries a thrown value (a script error passing back through C#) rethrows
    /// that value; one created in C# becomes an error of its name. Other exceptions become errors whose message is the
    /// .NET message: ArgumentOutOfRangeException a RangeError, other argument, cast and format errors a TypeError, the
    /// rest an Error; the .NET exception comes back as the inner exception if the error reaches C# again.
    /// </remarks>
    internal ScriptException ToScriptException(Exception e)
    {
        if (e is ScriptErrorException error)
        {
            if (error.CarriesValue && ReferenceEquals(error.Value.Engine, this))
            {
                return new ScriptException(Import(error.Value));
            }

            return new ScriptException(CreateError(error.ErrorName ?? "Error", error.ErrorMessage, error.InnerException));
        }

        var kind = e switch
        {
            ArgumentOutOfRangeException => ErrorKind.RangeError,
            ArgumentException or InvalidCastException or FormatException => ErrorKind.TypeError,
            _ => ErrorKind.Error,
        };
        var created = _realm.CreateError(kind, e.Message);
        created.HostException = e;
        return new ScriptException(created);
    }

    /// <summary>Turns a script error or a heap-limit stop into what C# callers catch.</summary>
    internal Exception ToHostException(Exception e)
    {
        if (e is HeapLimitExceededException)
        {
            return new ExecutionInterruptedException(e.Message);
        }

        var value = ((ScriptException)e).Value;
        var (name, message, stack) = Describe(value);
        var inner = (value.Ref as JsError)?.HostException;
        return new ScriptErrorException(Export(value), name, message, stack, inner);
    }

    /// <summary>The name, message and stack text of a thrown value, as the uncaught-error report prints them; runs no script.</summary>
    private (string? Name, string Message, string Stack) Describe(JsValue value)
    {
        if (value.Ref is JsError error)
        {
            return (error.Name, error.Message, error.StackText);
        }

        var text = Inspector.Inspect(_realm, value);
        var site = _vm.LastThrowSite is { } at ? "\n    at " + at : "";
        return (null, text, text + site);
    }

    /// <summary>An error object of a standard kind, or of a custom name (a prototype inheriting Error.prototype, made once per name).</summary>
    private JsError CreateError(string name, string message, Exception? cause)
    {
        JsError error;
        if (Enum.TryParse<ErrorKind>(name, out var kind) && kind.ToString() == name)
        {
            error = _realm.CreateError(kind, message);
        }
        else
        {
            if (!_errorPrototypes.TryGetValue(name, out var prototype))
            {
                prototype = new JsObject(_realm.ErrorPrototype(ErrorKind.Error));
                prototype.DefineOwn("name", name, PropertyFlags.Hidden);
                _errorPrototypes[name] = prototype;
            }

            error = _realm.CreateError(prototype, message);
        }

        error.HostException = cause;
        return error;
    }
}
