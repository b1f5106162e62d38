namespace Phasor.Wasm.Interpreter;

/// <summary>What opened a control frame.</summary>
internal enum FrameKind : byte
{
    /// <summary>The function body: branching to it returns.</summary>
    Function,

    /// <summary><c>block</c>: its label is its end.</summary>
    Block,

    /// <summary><c>loop</c>: its label is its start.</summary>
    Loop,

    /// <summary><c>if</c> (and its <c>else</c>): its label is its end.</summary>
    If,
}

/// <summary>
/// One open block during lowering: where its values live and the forward branches waiting for its end. Frames are
/// reused across blocks so lowering a function allocates only when nesting grows.
/// </summary>
internal sealed class ControlFrame
{
    /// <summary>Gets the fixups: (instruction start, offset word) of branches to patch with the end's position.</summary>
    public List<(int Start, int Word)> Fixups { get; } = [];

    /// <summary>Gets or sets what opened the frame.</summary>
    public FrameKind Kind { get; set; }

    /// <summary>Gets or sets the operand stack height below the block's parameters.</summary>
    public int Base { get; set; }

    /// <summary>Gets or sets the number of block parameters.</summary>
    public int Params { get; set; }

    /// <summary>Gets or sets the number of block results.</summary>
    public int Results { get; set; }

    /// <summary>Gets or sets the code position of a loop's first instruction.</summary>
    public int LoopStart { get; set; }

    /// <summary>Gets or sets the false branch of an <c>if</c> still to patch ((-1, -1) when patched or absent).</summary>
    public (int Start, int Word) ElseFixup { get; set; }

    /// <summary>Gets the number of values a branch to this frame's label carries.</summary>
    public int LabelArity => Kind == FrameKind.Loop ? Params : Results;

    /// <summary>Resets the frame for a new block.</summary>
    public void Open(FrameKind kind, int stackBase, int parameters, int results)
    {
        Kind = kind;
        Base = stackBase;
        Params = parameters;
        Results = results;
        LoopStart = -1;
        ElseFixup = (-1, -1);
        Fixups.Clear();
    }
}
