namespace Phasor.Wasm.Interpreter;

/// <summary>A growable array of IR code words that the lowering appends to and patches.</summary>
internal sealed class IrBuilder
{
    private int[] _code = new int[1024];

    /// <summary>Gets the number of words written.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the words written so far.</summary>
    public ReadOnlySpan<int> Words => _code.AsSpan(0, Count);

    /// <summary>Gets or sets one word.</summary>
    public int this[int index]
    {
        get => _code[index];
        set => _code[index] = value;
    }

    /// <summary>Appends an instruction's opcode word and returns its position.</summary>
    public int Emit(Op op)
    {
        var at = Count;
        Word((int)op);
        return at;
    }

    /// <summary>Appends one word.</summary>
    public void Word(int value)
    {
        if (Count == _code.Length)
        {
            Array.Resize(ref _code, _code.Length * 2);
        }

        _code[Count++] = value;
    }

    /// <summary>Appends a 64-bit immediate as two words, low first.</summary>
    public void Word64(ulong value)
    {
        Word((int)(uint)value);
        Word((int)(uint)(value >> 32));
    }

    /// <summary>Drops every word from <paramref name="count"/> on (to replace the last instruction).</summary>
    public void Truncate(int count) => Count = count;

    /// <summary>Copies the code into a pinned array, so the interpreter can hold a raw pointer into it.</summary>
    public int[] ToPinnedArray()
    {
        var result = GC.AllocateArray<int>(Count, pinned: true);
        Words.CopyTo(result);
        return result;
    }
}
