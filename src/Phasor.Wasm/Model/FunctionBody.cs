namespace Phasor.Wasm.Model;

/// <summary>A defined function's locals and code, as the code section holds them (spec 5.5.13).</summary>
public sealed class FunctionBody
{
    /// <summary>Creates a body.</summary>
    public FunctionBody(LocalGroup[] locals, uint localCount, ReadOnlyMemory<byte> code, int codeOffset)
    {
        Locals = locals;
        LocalCount = localCount;
        Code = code;
        CodeOffset = codeOffset;
    }

    /// <summary>Gets the declared locals, run-length encoded as in the binary format (parameters not included).</summary>
    public LocalGroup[] Locals { get; }

    /// <summary>Gets the number of declared locals (parameters not included).</summary>
    public uint LocalCount { get; }

    /// <summary>Gets the instructions, from the first one through the function's final <c>end</c>.</summary>
    public ReadOnlyMemory<byte> Code { get; }

    /// <summary>Gets the byte offset of <see cref="Code"/> in the module, for error messages.</summary>
    public int CodeOffset { get; }

    /// <summary>Gets the type of declared local <paramref name="index"/> (0 = first local after the parameters).</summary>
    public ValueType LocalType(uint index)
    {
        foreach (var group in Locals)
        {
            if (index < group.Count)
            {
                return group.Type;
            }

            index -= group.Count;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }
}

/// <summary>A run of locals of one type.</summary>
/// <param name="Count">How many.</param>
/// <param name="Type">Their type.</param>
public readonly record struct LocalGroup(uint Count, ValueType Type);
