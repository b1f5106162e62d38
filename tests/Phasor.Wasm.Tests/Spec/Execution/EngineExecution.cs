using Phasor.Wasm.Errors;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Tests.Spec.Execution;

/// <summary>
/// Runs a file's execution commands on one engine tier: one store and linker per file (with <c>spectest</c>), modules
/// by name, the current module, and each assertion checked as the suite states it (trap messages are prefixes, as
/// the reference interpreter's messages may add detail).
/// </summary>
internal sealed class EngineExecution : ISpecExecution
{
    private readonly WasmEngine _engine;
    private readonly Store _store;
    private readonly Linker _linker;
    private readonly Dictionary<string, Instance> _named = [];
    private readonly SpecValues _values = new();
    private Instance? _current;

    /// <summary>Creates the execution for an engine configured by <paramref name="options"/>.</summary>
    public EngineExecution(WasmEngineOptions options)
    {
        _engine = new WasmEngine(options);
        _store = new Store(_engine);
        _linker = new Linker(_store);
        SpectestHost.Define(_linker);
    }

    /// <inheritdoc/>
    public SpecOutcome Instantiate(SpecCommand command, byte[] bytes)
    {
        try
        {
            _current = _store.Instantiate(_engine.Compile(bytes), _linker);
            if (command.Name is { } name)
            {
                _named[name] = _current;
            }

            return SpecOutcome.Pass;
        }
#pragma warning disable CA1031 // Any exception is an outcome to report.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _current = null;
            return SpecOutcome.Fail($"instantiation failed: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <inheritdoc/>
    public SpecOutcome Execute(SpecCommand command, byte[]? bytes)
    {
        try
        {
            return command.Type switch
            {
                "register" => Register(command),
                "action" => Act(command.Action!),
                "assert_return" => AssertReturn(command),
                "assert_trap" or "assert_exhaustion" => ExpectTrap(command, () => Perform(command.Action!)),
                "assert_unlinkable" => ExpectFailure<LinkException>(command, () => _store.Instantiate(_engine.Compile(bytes!), _linker)),
                "assert_uninstantiable" => ExpectTrap(command, () => _store.Instantiate(_engine.Compile(bytes!), _linker)),
                _ => SpecOutcome.Fail($"unknown command kind {command.Type}"),
            };
        }
#pragma warning disable CA1031 // Any exception is an outcome to report.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return SpecOutcome.Fail($"{e.GetType().Name}: {e.Message}");
        }
    }

    private SpecOutcome Register(SpecCommand command)
    {
        var instance = command.Name is { } name ? _named[name] : _current ?? throw new InvalidOperationException("no module to register");
        _linker.DefineInstance(command.As!, instance);
        return SpecOutcome.Pass;
    }

    private SpecOutcome Act(SpecAction action)
    {
        Perform(action);
        return SpecOutcome.Pass;
    }

    private SpecOutcome AssertReturn(SpecCommand command)
    {
        var results = Perform(command.Action!);
        var expected = command.Expected ?? [];
        if (results.Length != expected.Length)
        {
            return SpecOutcome.Fail($"expected {expected.Length} results, got {results.Length}");
        }

        for (var i = 0; i < results.Length; i++)
        {
            if (_values.Mismatch(expected[i], results[i]) is { } why)
            {
                return SpecOutcome.Fail($"result {i}: {why}");
            }
        }

        return SpecOutcome.Pass;
    }

    private SpecOutcome ExpectTrap(SpecCommand command, Func<object> run) => ExpectFailure<TrapException>(command, run);

    private static SpecOutcome ExpectFailure<TException>(SpecCommand command, Func<object> run)
        where TException : WasmException
    {
        try
        {
            var result = run();
            return SpecOutcome.Fail($"expected \"{command.Text}\", but it completed ({Describe(result)})");
        }
        catch (TException e)
        {
            return e.Message.StartsWith(command.Text!, StringComparison.Ordinal)
                ? SpecOutcome.Pass
                : SpecOutcome.Fail($"expected \"{command.Text}\", got \"{e.Message}\"");
        }
    }

    private static string Describe(object result) =>
        result is Value[] values ? string.Join(", ", values.Select(SpecValues.Describe)) : "instantiated";

    /// <summary>Invokes an export or reads an exported global.</summary>
    private Value[] Perform(SpecAction action)
    {
        var instance = action.Module is { } name ? _named[name] : _current ?? throw new InvalidOperationException("no current module");
        if (action.Type == "get")
        {
            var global = instance.GetGlobal(action.Field) ?? throw new InvalidOperationException($"no global \"{action.Field}\"");
            return [global.Value];
        }

        var function = instance.GetFunction(action.Field) ?? throw new InvalidOperationException($"no function \"{action.Field}\"");
        return function.Invoke([.. action.Args.Select(_values.ToValue)]);
    }
}
