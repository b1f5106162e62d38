namespace Phasor.Compile.Il;

/// <summary>
/// Runs one node's tick form over samples [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>):
/// input port p reads <c>inputs[p][i &amp; masks[p]]</c> (mask 0 with a one-element array for a constant, -1 for a wire),
/// output port o is stored in <c>outputs[o][i]</c>. State and memory are slices of <paramref name="arena"/>.
/// </summary>
internal delegate void TickLoop(double[] arena, int stateOffset, int memoryOffset, int memoryLength, float[][] inputs, int[] masks, float[][] outputs, int start, int count);

/// <summary>Calls a tick form's <c>Init</c> on its state slice with <c>setups[node]</c>.</summary>
internal delegate void TickInit(double[] arena, int stateOffset, int memoryOffset, int memoryLength, Phasor.Dsp.Kernels.NodeSetup[] setups, int node);

/// <summary>Calls a tick form's <c>EndBlock</c> on its state slice.</summary>
internal delegate void TickEnd(double[] arena, int stateOffset, int memoryOffset, int memoryLength);
