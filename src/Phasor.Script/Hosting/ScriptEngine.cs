using Phasor.Script.Binding;
using Phasor.Script.Compiling;
using Phasor.Script.Diagnostics;
using Phasor.Script.Runtime;
using Phasor.Script.Syntax;
using Phasor.Script.Text;
using Phasor.Script.Vm;

namespace Phasor.Script.Hosting;

/// <summary>Evaluates Phasor Script source; state (globals) persists between evaluations, like cells of a notebook.</summary>
/// <remarks>
/// Threading: an engine, its values and its host objects belong to one thread at a time. Entering an engine that is
/// busy on another thread throws <see cref="InvalidOperationException"/>; an idle engine may move between threads.
/// Separate engines share nothing and run in parallel. <see cref="Evaluate"/> never throws for script errors.
/// </remarks>
public sealed partial class ScriptEngine
{
    /// <summary>The default <see cref="MaxHeapBytes"/>: 512 MB.</summary>
    public const long DefaultMaxHeapBytes = 512L << 20;

    private readonly NameTable _names = new();
    private readonly Parser _parser;
    private readonly GlobalTable _globals;
    private readonly Realm _realm;
    private readonly VirtualMachine _vm;
    private readonly HeapGuard _heap = new() { Limit = DefaultMaxHeapBytes };

    /// <summary>The top-level names evaluated scripts declared, each mapped to whether it is lexical (let, const, class, enum).</summary>
    private readonly Dictionary<int, bool> _declared = [];

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

    /// <summary>Gets or sets the number of loop iterations and calls one evaluation (or one call from C#) may make (0: unlimited).</summary>
    public long InstructionBudget { get; set; }

    /// <summary>
    /// Gets or sets whether an evaluation may declare again a top-level <c>let</c>, <c>const</c> or <c>class</c> that an
    /// earlier evaluation declared, replacing it, as a notebook re-running a cell needs (and as Chrome's console allows).
    /// False by default: such a redeclaration is the SyntaxError Node's REPL reports.
    /// </summary>
    public bool AllowRedeclaration { get; set; }

    /// <summary>Gets or sets how many bytes one evaluation (or one call from C#) may grow the managed heap by (0: unlimited).</summary>
    /// <remarks>
    /// Default <see cref="DefaultMaxHeapBytes"/>. Exceeding it stops the script like an exhausted budget: scripts cannot
    /// catch it. The measure is the process's managed heap after a full collection, so it is approximate when other
    /// threads allocate at the same time. See docs/embedding.md.
    /// </remarks>
    public long MaxHeapBytes
    {
        get => _heap.Limit;
        set => _heap.Limit = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "The heap limit cannot be negative.");
    }

    /// <summary>Gets the VM, for tests and the CLI.</summary>
    internal VirtualMachine Vm => _vm;

    /// <summary>Gets the realm (built-ins and the global object).</summary>
    internal Realm Realm => _realm;

    /// <summary>Defines a global function that scripts can call; arguments and result are converted (numbers, strings, booleans, null).</summary>
    /// <remarks>Boxes every argument; prefer <see cref="SetFunction(string, HostCallback, int)"/> or a typed overload.</remarks>
    public void RegisterFunction(string name, Func<object?[], object?> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var host = new EmbedderFunction(this, name, 0, (realm, self, args) =>
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
    /// <remarks>
    /// Top-level declarations stay visible to later evaluations. As in Node's REPL, declaring a name again with
    /// let, const, class or enum, or with var or function when an earlier evaluation declared it lexically, is a
    /// SyntaxError (PS2001 "Identifier 'x' has already been declared") and nothing of the source runs.
    /// </remarks>
    public ScriptResult Evaluate(string source, string fileName = "script.ts", CancellationToken cancellation = default)
    {
        if (Volatile.Read(ref _owner) == System.Environment.CurrentManagedThreadId)
        {
            throw new InvalidOperationException(HostMessages.EvaluateWhileRunning);
        }

        EnterHost(cancellation);
        try
        {
            var compiled = Compile(source, fileName, out var failure, out var bound);
            if (compiled is null)
            {
                return failure!;
            }

            foreach (var variable in bound!.Globals)
            {
                _declared[variable.NameId] = variable.IsLexical;
            }

            return Run(compiled, cancellation);
        }
        finally
        {
            ExitHost();
        }
    }

    /// <summary>Compiles without running and returns the disassembly, or the formatted diagnostics.</summary>
    public string Disassemble(string source, string fileName = "script.ts")
    {
        var compiled = Compile(source, fileName, out var failure, out _);
        return compiled is null ? failure!.Error! : Disassembler.Disassemble(compiled);
    }

    internal Chunk? Compile(string source, string fileName, out ScriptResult? failure) => Compile(source, fileName, out failure, out _);

    private Chunk? Compile(string source, string fileName, out ScriptResult? failure, out BoundTree? bound)
    {
        failure = null;
        bound = null;
        var tree = _parser.Parse(new SourceText(fileName, source));
        if (!tree.Diagnostics.HasErrors)
        {
            bound = Binder.Bind(tree, AllowRedeclaration ? null : _declared);
            if (!bound.HasErrors)
            {
                try
                {
                    return FunctionCompiler.CompileScript(bound, _globals);
                }
                catch (NotSupportedException e)
                {
                    failure = new ScriptResult([], $"{fileName}: error: {e.Message} is not supported yet", "SyntaxError", default);
                    return null;
                }
            }
        }

        failure = new ScriptResult(tree.Diagnostics, DiagnosticFormatter.Format(tree.Diagnostics), "SyntaxError", default);
        return null;
    }

    internal ScriptResult Run(Chunk chunk, CancellationToken cancellation = default)
    {
        EnterHost(cancellation);
        try
        {
            var value = _vm.RunScript(chunk, InstructionBudget, cancellation);
            return new ScriptResult([], null, null, Export(value));
        }
        catch (ScriptException e)
        {
            var (name, _, stack) = Describe(e.Value);
            return new ScriptResult([], "Uncaught " + stack, name, default);
        }
        catch (ExecutionInterruptedException e)
        {
            return new ScriptResult([], e.Message, "Interrupted", default);
        }
        catch (HeapLimitExceededException e)
        {
            return new ScriptResult([], e.Message, "Interrupted", default);
        }
        catch (OutOfMemoryException)
        {
            // A last resort: the heap guard should stop scripts first, but one huge allocation can still fail.
            return new ScriptResult([], HostMessages.OutOfMemory, "Interrupted", default);
        }
        finally
        {
            ExitHost();
        }
    }
}
