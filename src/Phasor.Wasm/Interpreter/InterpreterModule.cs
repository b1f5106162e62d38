using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Interpreter;

/// <summary>
/// A module's lowered code: every function's IR concatenated in one pinned array (so frames can hold raw
/// instruction pointers) and a pinned table of <see cref="FunctionCode"/> that <c>call</c> indexes. Shared by all
/// instances of the module.
/// </summary>
internal sealed unsafe class InterpreterModule : ITierModule
{
    private readonly ModuleDefinition _module;
    private readonly int[] _code;
    private readonly FunctionCode[] _functions;

    public InterpreterModule(ModuleDefinition module, int[] code, FunctionCode[] functions)
    {
        _module = module;
        _code = code;
        _functions = functions;
        Code = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(code));
        Functions = (FunctionCode*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(functions));
    }

    /// <summary>Gets the first code word (pinned).</summary>
    public int* Code { get; }

    /// <summary>Gets the function table (pinned), indexed by defined-function index.</summary>
    public FunctionCode* Functions { get; }

    /// <summary>Gets the code words, for the disassembler and tests.</summary>
    public ReadOnlySpan<int> Words => _code;

    /// <summary>Gets where each defined function is.</summary>
    public ReadOnlySpan<FunctionCode> FunctionTable => _functions;

    /// <inheritdoc/>
    public void Invoke(Instance instance, int definedIndex, ulong* args)
    {
        // Calls between instances and through the host nest activations on the host stack: bound them here.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new TrapException(TrapKind.CallStackExhausted);
        }

        try
        {
            Machine.Run(instance, this, definedIndex, args);
        }
        catch (TrapException e) when (Locate(e))
        {
            throw;
        }
    }

    /// <summary>Prints the IR of defined function <paramref name="definedIndex"/>.</summary>
    public string Disassemble(int definedIndex)
    {
        var start = _functions[definedIndex].Start;
        var end = definedIndex + 1 < _functions.Length ? _functions[definedIndex + 1].Start : _code.Length;
        return Disassembler.Print(_code, start, end);
    }

    /// <summary>Gets the defined function whose code contains word <paramref name="position"/>.</summary>
    public int FunctionAt(int position)
    {
        int lo = 0, hi = _functions.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_functions[mid].Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>Names the function a trap happened in, if its position is in this module's code; never catches.</summary>
    private bool Locate(TrapException e)
    {
        var position = (e.CodePosition - (nint)Code) / sizeof(int);
        if (e.CodePosition != 0 && position >= 0 && position < _code.Length)
        {
            var index = (uint)(_module.ImportedFunctionCount + FunctionAt((int)position));
            e.FunctionIndex = (int)index;
            e.FunctionName = _module.FunctionName(index);
            e.CodePosition = 0;
        }

        return false;
    }
}
