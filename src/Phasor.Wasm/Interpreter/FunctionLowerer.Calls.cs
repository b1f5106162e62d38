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
