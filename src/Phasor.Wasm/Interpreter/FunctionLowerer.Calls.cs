using Phasor.Wasm.Binary;

namespace Phasor.Wasm.Interpreter;

/// <summary><c>br_table</c> and calls.</summary>
internal sealed partial class FunctionLowerer
{
    private void LowerBrTable(ref WasmReader r)
    {
        var index = ReadPopped();
        var count = (int)r.ReadVarU32() + 1;
        var start = _stack.Emit(Op.BrTable);
        _code.Word(index);
        _code.Word(count);
        var first = _code.Count;
        _tableStubs.Clear();
        for (var i = 0; i < count; i++)
        {
            _code.Word(0);
            var depth = (int)r.ReadVarU32();
            var frame = Frame(depth);
            if (NeedsMoves(frame))
            {
                _tableStubs.Add((first + i, depth));
            }
            else
            {
                Resolve(frame, (start, first + i));
            }
        }

        // Targets whose values need moving go through a stub (moves, then a jump), one per distinct target.
        for (var i = 0; i < _tableStubs.Count; i++)
        {
            var (entry, depth) = _tableStubs[i];
            var stub = -1;
            for (var j = 0; j < i && stub < 0; j++)
            {
                stub = _tableStubs[j].Depth == depth ? start + _code[_tableStubs[j].Entry] : -1;
            }

            if (stub < 0)
            {
                stub = _code.Count;
                EmitBranch(depth);
            }

            _code[entry] = stub - start;
        }

        MarkUnreachable();
    }

    private void LowerCall(int function)
    {
        var type = _module.FunctionTypes[function];
        var imported = _module.ImportedFunctionCount;
        if (function >= imported && _options.FoldCallArguments && AnyLocal(type.Parameters.Length))
        {
            LowerCallWithArguments(function - imported, type.Parameters.Length, type.Results.Length);
            return;
        }

        var argBase = MaterializeArguments(type.Parameters.Length);
        _stack.Emit(function < imported ? Op.CallImport : Op.Call);
        _code.Word(function < imported ? function : function - imported);
        _code.Word(argBase);
        _stack.Truncate(_stack.Height - type.Parameters.Length);
        _stack.PushTemps(type.Results.Length);
    }

    private void LowerCallIndirect(uint typeIndex, int table)
    {
        var type = _module.Types[typeIndex];
        var element = _stack.Pop();
        var elementAt = _stack.Height;
        var argBase = MaterializeArguments(type.Parameters.Length);
        var elementSlot = _stack.Read(element, elementAt);
        _stack.Emit(Op.CallIndirect);
        _code.Word(_typeIds[typeIndex]);
        _code.Word(table);
        _code.Word(elementSlot);
        _code.Word(argBase);
        _stack.Truncate(_stack.Height - type.Parameters.Length);
        _stack.PushTemps(type.Results.Length);
    }

    /// <summary>
    /// A call whose arguments include locals: the call copies each argument from where it is (its local, or its own home
    /// slot) into the callee's frame, saving the moves a call would otherwise need first. Constants are stored first.
    /// </summary>
    private void LowerCallWithArguments(int definedIndex, int parameters, int results)
    {
        var first = _stack.Height - parameters;
        for (var p = first; p < _stack.Height; p++)
        {
            if (_stack[p].Kind == OperandKind.Const)
            {
                _stack.Materialize(p);
            }
        }

        _stack.Emit(Op.CallArgs);
        _code.Word(definedIndex);
        _code.Word(_stack.Home(first));
        _code.Word(parameters);
        for (var p = first; p < _stack.Height; p++)
        {
            _code.Word(_stack.SourceSlot(p));
        }

        _stack.Truncate(first);
        _stack.PushTemps(results);
    }

    private bool AnyLocal(int count)
    {
        for (var p = _stack.Height - count; p < _stack.Height; p++)
        {
            if (_stack[p].Kind == OperandKind.Local)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Puts the top <paramref name="count"/> values in their home slots, where the callee's frame begins.</summary>
    private int MaterializeArguments(int count)
    {
        var first = _stack.Height - count;
        for (var p = first; p < _stack.Height; p++)
        {
            _stack.Materialize(p);
        }

        return _stack.Home(first);
    }
}
