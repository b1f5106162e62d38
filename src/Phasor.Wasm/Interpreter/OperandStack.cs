namespace Phasor.Wasm.Interpreter;

/// <summary>
/// The lowering's virtual operand stack: for each Wasm stack position, where its value is (its home slot, a
/// local's slot, or a constant). It emits the moves that make values real when they must be (before a local they
/// alias is written, at block boundaries, for calls), and remembers the last instruction that produced the top value
/// so a following <c>local.set</c> or branch can retarget it instead of copying.
/// </summary>
internal sealed class OperandStack
{
    private readonly IrBuilder _code;
    private readonly bool _mergeMoves;
    private Operand[] _items = new Operand[64];
    private int _lastMov = -1;
    private int[] _localRefs = new int[16];

    /// <summary>Creates a stack emitting into <paramref name="code"/>; <paramref name="mergeMoves"/> turns on <c>Mov2</c>.</summary>
    public OperandStack(IrBuilder code, bool mergeMoves)
    {
        _code = code;
        _mergeMoves = mergeMoves;
    }

    /// <summary>Gets the current height.</summary>
    public int Height { get; private set; }

    /// <summary>Gets the greatest height reached (the frame needs that many temporaries).</summary>
    public int MaxHeight { get; private set; }

    /// <summary>Gets the slot of stack position 0: parameters and locals come first.</summary>
    public int LocalsEnd { get; private set; }

    /// <summary>Gets the start of the instruction that produced the top value, or -1 when it is not the last one.</summary>
    public int LastProducer { get; private set; } = -1;

    private int LastProducerPosition { get; set; }

    /// <summary>Gets entry <paramref name="position"/>.</summary>
    public Operand this[int position] => _items[position];

    /// <summary>Resets for a function with <paramref name="localCount"/> parameters and locals.</summary>
    public void Reset(int localCount)
    {
        Height = 0;
        MaxHeight = 0;
        LocalsEnd = localCount;
        LastProducer = -1;
        if (_localRefs.Length < localCount)
        {
            _localRefs = new int[Math.Max(localCount, _localRefs.Length * 2)];
        }

        Array.Clear(_localRefs, 0, localCount);
    }

    /// <summary>Gets the home slot of stack position <paramref name="position"/>.</summary>
    public int Home(int position) => LocalsEnd + position;

    /// <summary>Pushes an entry.</summary>
    public void Push(Operand operand)
    {
        if (Height == _items.Length)
        {
            Array.Resize(ref _items, Height * 2);
        }

        if (operand.Kind == OperandKind.Local)
        {
            _localRefs[operand.Local]++;
        }

        _items[Height++] = operand;
        MaxHeight = Math.Max(MaxHeight, Height);
    }

    /// <summary>Pushes <paramref name="count"/> values that are in their home slots.</summary>
    public void PushTemps(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Push(Operand.Temp);
        }
    }

    /// <summary>Pops the top entry.</summary>
    public Operand Pop()
    {
        var operand = _items[--Height];
        if (operand.Kind == OperandKind.Local)
        {
            _localRefs[operand.Local]--;
        }

        return operand;
    }

    /// <summary>Drops entries down to <paramref name="height"/>.</summary>
    public void Truncate(int height)
    {
        while (Height > height)
        {
            Pop();
        }
    }

    /// <summary>Gets whether the top value was produced by the last instruction emitted.</summary>
    public bool TopIsLastProduced =>
        LastProducer >= 0 && LastProducerPosition == Height - 1 && _items[Height - 1].Kind == OperandKind.Temp;

    /// <summary>Gets the local the last instruction wrote for a <c>local.tee</c>, or -1.</summary>
    public int TeeLocal { get; private set; } = -1;

    /// <summary>Gets the start of that instruction.</summary>
    public int TeeProducer { get; private set; } = -1;

    /// <summary>Records that the last instruction, at <paramref name="start"/>, wrote <paramref name="local"/> for a <c>local.tee</c>.</summary>
    public void MarkTee(int local, int start)
    {
        TeeLocal = local;
        TeeProducer = start;
    }

    /// <summary>Emits <paramref name="op"/> and returns its start; clears the last-producer mark.</summary>
    public int Emit(Op op)
    {
        LastProducer = -1;
        TeeLocal = -1;
        _lastMov = -1;
        return _code.Emit(op);
    }

    /// <summary>Drops the last instruction (the lowering folds it into the next one), which produced the top value.</summary>
    public void RemoveLastProducer()
    {
        _code.Truncate(LastProducer);
        LastProducer = -1;
    }

    /// <summary>Drops the instruction that wrote <see cref="TeeLocal"/> (the lowering folds it into a branch).</summary>
    public void RemoveTeeProducer()
    {
        _code.Truncate(TeeProducer);
        TeeLocal = -1;
    }

    /// <summary>Marks the instruction at <paramref name="start"/> as producing the value now on top.</summary>
    public void MarkProduced(int start)
    {
        LastProducer = start;
        LastProducerPosition = Height - 1;
    }

    /// <summary>Forgets the last producer and the last move: a label makes the code after it reachable from elsewhere.</summary>
    public void Label()
    {
        LastProducer = -1;
        TeeLocal = -1;
        _lastMov = -1;
    }

    /// <summary>Gets the slot to read an operand that was at <paramref name="position"/>, storing a constant into its home first.</summary>
    public int Read(Operand operand, int position)
    {
        switch (operand.Kind)
        {
            case OperandKind.Local:
                return operand.Local;
            case OperandKind.Const:
                EmitConst(Home(position), operand.Bits);
                return Home(position);
            default:
                return Home(position);
        }
    }

    /// <summary>Makes entry <paramref name="position"/> live in its home slot.</summary>
    public void Materialize(int position)
    {
        var operand = _items[position];
        if (operand.Kind == OperandKind.Temp)
        {
            return;
        }

        MoveTo(Home(position), operand, position);
        if (operand.Kind == OperandKind.Local)
        {
            _localRefs[operand.Local]--;
        }

        _items[position] = Operand.Temp;
    }

    /// <summary>Before local <paramref name="local"/> is written, copies out the stack entries that still alias it.</summary>
    public void Preserve(int local)
    {
        for (var p = Height - 1; _localRefs[local] > 0 && p >= 0; p--)
        {
            if (_items[p].Kind == OperandKind.Local && _items[p].Local == local)
            {
                Materialize(p);
            }
        }
    }

    /// <summary>Gets whether some entry still aliases <paramref name="local"/>.</summary>
    public bool IsAliased(int local) => _localRefs[local] > 0;

    /// <summary>Before a block: every entry that aliases a local gets its own slot, as do the block's parameters.</summary>
    public void MaterializeForBlock(int parameters)
    {
        for (var p = 0; p < Height; p++)
        {
            if (_items[p].Kind == OperandKind.Local || p >= Height - parameters)
            {
                Materialize(p);
            }
        }
    }

    /// <summary>Emits a copy of an operand (at <paramref name="position"/>) into <paramref name="slot"/>, unless it is already there.</summary>
    public void MoveTo(int slot, Operand operand, int position)
    {
        switch (operand.Kind)
        {
            case OperandKind.Const:
                EmitConst(slot, operand.Bits);
                break;
            case OperandKind.Local when operand.Local != slot:
                EmitMov(slot, operand.Local);
                break;
            case OperandKind.Temp when Home(position) != slot:
                EmitMov(slot, Home(position));
                break;
        }
    }

    /// <summary>Gets whether <see cref="MoveTo"/> would emit code.</summary>
    public bool NeedsMove(int slot, int position)
    {
        var operand = _items[position];
        return operand.Kind switch
        {
            OperandKind.Const => true,
            OperandKind.Local => operand.Local != slot,
            _ => Home(position) != slot,
        };
    }

    /// <summary>Gets the slot an entry is read from (-1 for a constant).</summary>
    public int SourceSlot(int position) => _items[position].Kind switch
    {
        OperandKind.Const => -1,
        OperandKind.Local => _items[position].Local,
        _ => Home(position),
    };

    private void EmitMov(int dst, int src)
    {
        if (_mergeMoves && _lastMov >= 0 && _lastMov + 3 == _code.Count)
        {
            // Two copies in a row, with no label between: one Mov2 dispatch instead of two.
            _code[_lastMov] = (int)Op.Mov2;
            _code.Word(dst);
            _code.Word(src);
            _lastMov = -1;
            return;
        }

        var start = Emit(Op.Mov);
        _code.Word(dst);
        _code.Word(src);
        _lastMov = start;
    }

    private void EmitConst(int dst, ulong bits)
    {
        if (bits <= uint.MaxValue)
        {
            Emit(Op.Const32);
            _code.Word(dst);
            _code.Word((int)(uint)bits);
        }
        else
        {
            Emit(Op.Const64);
            _code.Word(dst);
            _code.Word64(bits);
        }
    }
}
