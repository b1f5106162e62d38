using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Instructions;
using static Phasor.Wasm.Validation.ValidationMessages;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Validation;

/// <summary>The operand and control stacks of spec appendix 7.3, kept in arrays reused across functions.</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>The type of an operand pushed in unreachable code, which matches any expected type.</summary>
    private const ValueType Unknown = 0;

    private ValueType[] _operands = new ValueType[64];
    private int _height;
    private int _maxHeight;
    private ControlFrame[] _frames = new ControlFrame[16];
    private int _depth;
    private int _maxDepth;
    private ValueType[] _scratch = new ValueType[8];

    /// <summary>The offset of the instruction being validated, for errors.</summary>
    private int _at;

    /// <summary>The function index (imports included) being validated, for errors.</summary>
    private int _function;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(ValueType type)
    {
        if (_height == _operands.Length)
        {
            Array.Resize(ref _operands, _height * 2);
        }

        _operands[_height++] = type;
        if (_height > _maxHeight)
        {
            _maxHeight = _height;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ValueType Pop()
    {
        ref var frame = ref _frames[_depth - 1];
        if (_height == frame.Height)
        {
            return frame.Unreachable ? Unknown : Fail<ValueType>(TypeMismatch);
        }

        return _operands[--_height];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ValueType Pop(ValueType expected)
    {
        var actual = Pop();
        if (actual != expected && actual != Unknown && expected != Unknown)
        {
            Fail(TypeMismatch);
        }

        return actual;
    }

    private void PopAll(ValueType[] types)
    {
        for (var i = types.Length - 1; i >= 0; i--)
        {
            Pop(types[i]);
        }
    }

    private void PushAll(ValueType[] types)
    {
        foreach (var type in types)
        {
            Push(type);
        }
    }

    /// <summary>Pops <paramref name="types"/> and pushes back what was popped, so unknown operands stay unknown.</summary>
    private void PopAndRestore(ValueType[] types)
    {
        if (_scratch.Length < types.Length)
        {
            _scratch = new ValueType[types.Length];
        }

        for (var i = types.Length - 1; i >= 0; i--)
        {
            _scratch[i] = Pop(types[i]);
        }

        for (var i = 0; i < types.Length; i++)
        {
            Push(_scratch[i]);
        }
    }

    private void PushFrame(Opcode kind, ValueType[] start, ValueType[] end)
    {
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _depth * 2);
        }

        _frames[_depth++] = new ControlFrame { Kind = kind, Start = start, End = end, Height = _height };
        if (_depth > _maxDepth)
        {
            _maxDepth = _depth;
        }

        PushAll(start);
    }

    private ControlFrame PopFrame()
    {
        var frame = _frames[_depth - 1];
        PopAll(frame.End);
        if (_height != frame.Height)
        {
            Fail(TypeMismatch);
        }

        _depth--;
        return frame;
    }

    /// <summary>Gets the frame a branch to <paramref name="label"/> (0 = innermost) targets.</summary>
    private ref ControlFrame Label(uint label)
    {
        if (label >= (uint)_depth)
        {
            Fail(UnknownLabel);
        }

        return ref _frames[_depth - 1 - (int)label];
    }

    /// <summary>Marks the rest of the current block unreachable (after br, br_table, return, unreachable).</summary>
    private void SetUnreachable()
    {
        ref var frame = ref _frames[_depth - 1];
        _height = frame.Height;
        frame.Unreachable = true;
    }

    [DoesNotReturn]
    private void Fail(string message) => throw new InvalidModuleException(message, _at, _function);

    [DoesNotReturn]
    private T Fail<T>(string message) => throw new InvalidModuleException(message, _at, _function);

    [DoesNotReturn]
    private void Malformed(string message) => throw new MalformedModuleException(message, _at);
}
