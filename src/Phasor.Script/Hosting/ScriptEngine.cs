using Phasor.Script.Binding;
using Phasor.Script.Compiling;
using Phasor.Script.Diagnostics;
using Phasor.Script.Runtime;
using Phasor.Script.Syntax;
using Phasor.Script.Text;
using Phasor.Script.Vm;

namespace Phasor.Script.Hosting;

/// <summary>Evaluates Phasor Script source; state (globals) persists between evaluations, like cells of a notebook.</summary>
/// <remarks>Not thread-safe: one thread at a time may evaluate. <see cref="Evaluate"/> never throws for script errors.</remarks>
public sealed class ScriptEngine
{
    private readonly NameTable _names = new();
    private readonly Parser _parser;
    private readonly GlobalTable _globals;
    private readonly Realm _realm;
    private readonly VirtualMachine _vm;

    /// <summary>Creates an engine whose <c>console.log</c> writes to <paramref name="output"/> (default: nowhere).</summary>
    public ScriptEngine(TextWriter? output = null, TextWriter? errorOutput = null)
    {
        _parser = new Parser(_names);
        _globals = new GlobalTable(_names);
        _realm = new Realm(output, errorOutput);
        _vm = new VirtualMachine(_realm);
    }

    /// <summary>Gets or sets where <c>console.log</c> writes.</summary>
    public TextWriter Output
    {
        get => _realm.Out;
        set => _realm.Out = value;
    }

    /// <summary>Gets or sets where <c>console.error</c> and <c>console.warn</c> write.</summary>
    public TextWriter ErrorOutput
    {
        get => _realm.ErrorOut;
        set => _realm.ErrorOut = value;
    }

    /// <summary>Gets or sets the number of loop iterations and calls one evaluation may make (0: unlimited).</summary>
    public long InstructionBudget { get; set; }

    /// <summary>Gets the VM, for tests and the CLI.</summary>
    internal VirtualMachine Vm => _vm;

    /// <summary>Defines a global function that scripts can call; arguments and result are converted (numbers, strings, booleans, null).</summary>
    public void RegisterFunction(string name, Func<object?[], object?> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var host = _realm.CreateFunction(name, 0, (realm, self, args) =>
        {
            var converted = new object?[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                converted[i] = HostValues.ToHost(args[i]);
            }

            return HostValues.FromHost(function(converted));
        });
        _realm.GlobalObject.DefineOwn(name, host, PropertyFlags.Hidden);
    }

    /// <summary>Parses, compiles and runs <paramref name="source"/>.</summary>
    public ScriptResult Evaluate(string source, string fileName = "script.ts", CancellationToken cancellation = default)
    {
        var compiled = Compile(source, fileName, out var failure);
        if (compiled is null)
        {
            return failure!;
        }

        return Run(compiled, cancellation);
    }

    /// <summary>Compiles without running and returns the disassembly, or the formatted diagnostics.</summary>
    public string Disassemble(string source, string fileName = "script.ts")
    {
        var compiled = Compile(source, fileName, out var failure);
        return compiled is null ? failure!.Error! : Disassembler.Disassemble(compiled);
    }

    internal Chunk? Compile(string source, string fileName, out ScriptResult? failure)
    {
        failure = null;
        var tree = _parser.Parse(new SourceText(fileName, source));
        if (!tree.Diagnostics.HasErrors)
        {
            var bound = Binder.Bind(tree);
            if (!bound.HasErrors)
            {
                try
                {
                    return FunctionCompiler.CompileScript(bound, _globals);
                }
                catch (NotSupportedException e)
                {
                    failure = new ScriptResult([], $"{fileName}: error: {e.Message} is not supported yet", "SyntaxError", null, null);
                    return null;
                }
            }
        }

        failure = new ScriptResult(tree.Diagnostics, DiagnosticFormatter.Format(tree.Diagnostics), "SyntaxError", null, null);
        return null;
    }

    internal ScriptResult Run(Chunk chunk, CancellationToken cancellation = default)
    {
        try
        {
            var value = _vm.RunScript(chunk, InstructionBudget, cancellation);
            return new ScriptResult([], null, null, HostValues.ToHost(value), value.IsUndefined ? null : Inspector.Inspect(_realm, value));
        }
        catch (ScriptException e)
        {
            var value = e.Value;
            if (value.Ref is JsError error)
            {
                var name = error.Get(_realm, "name");
                return new ScriptResult([], "Uncaught " + error.StackText, name.IsString ? name.String : "Error", null, null);
            }

            var site = _vm.LastThrowSite is { } at ? "\n    at " + at : "";
            return new ScriptResult([], "Uncaught " + Inspector.Inspect(_realm, value) + site, null, null, null);
        }
        catch (ExecutionInterruptedException e)
        {
            return new ScriptResult([], e.Message, "Interrupted", null, null);
        }
    }
}
