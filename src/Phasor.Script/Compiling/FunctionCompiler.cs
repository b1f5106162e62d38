using Phasor.Script.Collections;
using Phasor.Script.Binding;
using Phasor.Script.Runtime;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Script.Compiling;

/// <summary>Compiles one bound function (or the script body) into a <see cref="Chunk"/> of accumulator bytecode.</summary>
/// <remarks>
/// Expressions leave their value in the accumulator; registers 0..RegisterCount-1 are the binder's locals, and
/// temporaries are allocated above them like a stack (<see cref="AllocTemp"/>/<see cref="FreeTemps"/>).
/// </remarks>
internal sealed partial class FunctionCompiler
{
    private readonly GlobalTable _globals;
    private readonly SourceText _source;
    private readonly FunctionInfo _info;
    private readonly List<int> _code = [];
    private readonly ValueList<JsValue> _constants = new();
    private readonly Dictionary<string, int> _stringConstants = [];
    private readonly Dictionary<double, int> _numberConstants = [];
    private readonly List<Chunk> _functions = [];
    private readonly List<GlobalCell> _cells = [];
    private readonly Dictionary<GlobalCell, int> _cellIndexes = new(ReferenceEqualityComparer.Instance);
    private readonly ValueList<HandlerEntry> _handlers = new();
    private readonly List<int> _linePcs = [];
    private readonly List<int> _lineOffsets = [];
    private readonly List<ControlEntry> _control = [];
    private readonly Dictionary<int, string> _callSites = [];
    private int _cacheCount;
    private int _nextTemp;
    private int _maxRegisters;

    /// <summary>The register of the function's <c>this</c> variable when the frame is entered with it there (-1: none).</summary>
    private int _thisRegister = -1;
    private string? _nameHint;
    private int _lastOp = -1;
    private int _labelAt = -1;
    private bool _bodyEnvironment;

    private FunctionCompiler(GlobalTable globals, SourceText source, FunctionInfo info)
    {
        _globals = globals;
        _source = source;
        _info = info;
        _nextTemp = info.RegisterCount;
        _maxRegisters = info.RegisterCount;
    }

    private NameTable Names => _globals.Names;

    /// <summary>Compiles a bound script into the chunk of its top-level code.</summary>
    public static Chunk CompileScript(BoundTree tree, GlobalTable globals)
    {
        var compiler = new FunctionCompiler(globals, tree.Syntax.Source, tree.Script);
        return compiler.CompileScriptBody(tree.Syntax.Root);
    }

    private Chunk CompileScriptBody(SourceFile root)
    {
        var completion = AllocTemp();
        MarkStatement(root);
        EmitFunctionEnvironment();
        foreach (var variable in _info.Scope.Variables)
        {
            if (variable.IsGlobal)
            {
                Emit(variable.IsLexical ? OpCode.DeclareGlobalLet : OpCode.DeclareGlobalVar, CellIndex(_globals.Get(variable.NameId)));
                _globals.Get(variable.NameId).IsConstant = variable.IsConstant;
            }
        }

        EmitImplicitVariables();
        EmitScopeEntry(root.Statements, _info.Scope);
        foreach (var statement in root.Statements)
        {
            if (statement is ExpressionStatement expression)
            {
                MarkStatement(statement);
                CompileExpression(expression.Expression);
                Emit(OpCode.Star, completion);
            }
            else
            {
                CompileStatement(statement);
            }
        }

        Emit(OpCode.Ldar, completion);
        Emit(OpCode.Return);
        return Finish("<script>", 0, 0, false, FunctionKind.Normal);
    }

    private Chunk Finish(string name, int parameterCount, int length, bool hasRest, FunctionKind kind)
    {
        var caches = new PropertyCache[_cacheCount];
        for (var i = 0; i < caches.Length; i++)
        {
            caches[i] = new PropertyCache();
        }

        int[] code = [.. _code];
        var handlers = _handlers.ToArray();
        JumpThreading.Apply(code);
        Superinstructions.Apply(code, handlers);
        return new Chunk
        {
            Name = name,
            Source = _source,
            Code = code,
            Constants = _constants.ToArray(),
            Functions = [.. _functions],
            Cells = [.. _cells],
            Caches = caches,
            Handlers = handlers,
            LinePcs = [.. _linePcs],
            SourceOffsets = [.. _lineOffsets],
            CallSites = _callSites,
            RegisterCount = _maxRegisters,
            LocalCount = Math.Max(_info.RegisterCount, parameterCount),
            ParameterCount = parameterCount,
            Length = length,
            HasRest = hasRest,
            Kind = kind,
            IsDerivedConstructor = _info.IsDerivedConstructor,
            ThisRegister = _thisRegister,
        };
    }

    private void EmitClosure(FunctionNode function, string name, int homeRegister)
    {
        var child = new FunctionCompiler(_globals, _source, function.Info!);
        var chunk = child.CompileFunctionBody(function, name);
        _functions.Add(chunk);
        if (homeRegister >= 0)
        {
            Emit(OpCode.Method, _functions.Count - 1, homeRegister);
        }
        else
        {
            Emit(OpCode.Closure, _functions.Count - 1);
        }
    }

    private string TakeNameHint()
    {
        var name = _nameHint ?? "";
        _nameHint = null;
        return name;
    }

    // ---- emission helpers ----
    private void Emit(OpCode op)
    {
        AttachPendingPosition(op);
        _lastOp = _code.Count;
        _code.Add((int)op);
    }

    private void Emit(OpCode op, int a)
    {
        Emit(op);
        _code.Add(a);
    }

    private void Emit(OpCode op, int a, int b)
    {
        Emit(op, a);
        _code.Add(b);
    }

    private void Emit(OpCode op, int a, int b, int c)
    {
        Emit(op, a, b);
        _code.Add(c);
    }

    private void Emit(OpCode op, int a, int b, int c, int d)
    {
        Emit(op, a, b, c);
        _code.Add(d);
    }

    private int Here => _code.Count;

    /// <summary>Emits a jump with a placeholder target; returns the operand's position for <see cref="Patch(int)"/>.</summary>
    private int EmitJump(OpCode op)
    {
        Emit(op, -1);
        return _code.Count - 1;
    }

    /// <summary>Emits the exit of a test whose boolean value nothing else reads (if, loops, ?:), fusing a preceding comparison.</summary>
    private int EmitBranchIfFalse()
    {
        if (_lastOp >= 0 && _lastOp == _code.Count - 2 && _labelAt != _code.Count && FusedCompare((OpCode)_code[_lastOp]) is { } fused)
        {
            // Compare-and-branch: `lt r; jump_if_false @t` becomes `jump_if_not_lt r, @t` (no label sits between them).
            _code[_lastOp] = (int)fused;
            _code.Add(-1);
            return _code.Count - 1;
        }

        return EmitJump(OpCode.JumpIfFalse);
    }

    private static OpCode? FusedCompare(OpCode compare) => compare switch
    {
        OpCode.Lt => OpCode.JumpIfNotLt,
        OpCode.Le => OpCode.JumpIfNotLe,
        OpCode.Gt => OpCode.JumpIfNotGt,
        OpCode.Ge => OpCode.JumpIfNotGe,
        _ => null,
    };

    private void EmitJump(OpCode op, int target) => Emit(op, target);

    private void Patch(int operand)
    {
        _code[operand] = _code.Count;
        _labelAt = _code.Count;
    }

    private void PatchAll(List<int> operands, int target)
    {
        foreach (var operand in operands)
        {
            _code[operand] = target;
        }

        _labelAt = Math.Max(_labelAt, target);
    }

    private int AllocTemp()
    {
        var register = _nextTemp++;
        _maxRegisters = Math.Max(_maxRegisters, _nextTemp);
        return register;
    }

    private void FreeTemps(int mark) => _nextTemp = mark;

    private int Constant(JsValue value)
    {
        if (value.IsString)
        {
            if (!_stringConstants.TryGetValue(value.String, out var index))
            {
                index = _constants.Count;
                _constants.Add(value);
                _stringConstants[value.String] = index;
            }

            return index;
        }

        if (value.IsNumber)
        {
            // Keyed by bits so that 0 and -0 stay distinct.
            var bits = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value.Number));
            if (!_numberConstants.TryGetValue(bits, out var index) || BitConverter.DoubleToInt64Bits(_constants[index].Number) != BitConverter.DoubleToInt64Bits(value.Number))
            {
                index = _constants.Count;
                _constants.Add(value);
                _numberConstants[bits] = index;
            }

            return index;
        }

        _constants.Add(value);
        return _constants.Count - 1;
    }

    private int NameConstant(int nameId) => Constant(JsValue.FromString(Names[nameId]));

    private int CellIndex(GlobalCell cell)
    {
        // A dictionary, not a search of the list: a long script refers to thousands of globals.
        if (!_cellIndexes.TryGetValue(cell, out var index))
        {
            index = _cells.Count;
            _cells.Add(cell);
            _cellIndexes[cell] = index;
        }

        return index;
    }

    private int NewCache() => _cacheCount++;

    private void EmitNumber(double value)
    {
        if (value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue && !(value == 0 && double.IsNegative(value)))
        {
            Emit(OpCode.LdaInt, (int)value);
        }
        else
        {
            Emit(OpCode.LdaConst, Constant(JsValue.FromNumber(value)));
        }
    }

    private void EmitString(string value) => Emit(OpCode.LdaConst, Constant(JsValue.FromString(value)));
}
