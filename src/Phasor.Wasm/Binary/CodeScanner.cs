using Phasor.Wasm.Errors;
using Phasor.Wasm.Instructions;
using Phasor.Wasm.Model;

namespace Phasor.Wasm.Binary;

/// <summary>
/// Decodes function bodies for their format alone (spec 5.4, 5.5.13), exactly as the reference decoder does: nested
/// blocks, <c>else</c> only in an <c>if</c>, every immediate, and a final <c>end</c> that must close the body where
/// its size says. Used only on the error path, so that a module's reported error does not depend on the decoder
/// leaving bodies to the validator: a malformed body wins over a later malformation and over any invalidity.
/// </summary>
/// <remarks>
/// Like the reference decoder, a body's instructions are read on past its declared end when its size is too small,
/// so the error is what the following bytes make it ("END opcode expected", "section size mismatch", or a LEB128
/// error for an immediate cut by the size), which is what the test suite expects.
/// </remarks>
public static class CodeScanner
{
    /// <summary>
    /// Scans <paramref name="bodies"/> in order and throws the first format error; with
    /// <paramref name="checkDataCount"/>, then "data count section required" when a body uses <c>memory.init</c> or
    /// <c>data.drop</c> and the module has no data count section. Returns when every body is well formed.
    /// </summary>
    public static void ScanAll(ModuleDefinition module, IReadOnlyList<FunctionBody> bodies, bool checkDataCount)
    {
        var usesDataIndex = false;
        var open = new List<bool>();
        foreach (var body in bodies)
        {
            usesDataIndex |= Scan(module.Bytes.Span, body, open);
        }

        // With no data segments at all, any data index is unknown: wast2json writes no data count section then,
        // and the suite expects "unknown data segment" from the validator rather than this.
        if (checkDataCount && usesDataIndex && module.DataCount is null && module.Data.Length > 0)
        {
            throw new MalformedModuleException("data count section required", module.Bytes.Length);
        }
    }

    /// <summary>Scans one body; returns whether it uses a data index (memory.init, data.drop).</summary>
    private static bool Scan(ReadOnlySpan<byte> module, FunctionBody body, List<bool> open)
    {
        var reader = new WasmReader(module[body.CodeOffset..], body.CodeOffset, bounded: true);
        var bodyEnd = body.CodeOffset + body.Code.Length;
        var usesDataIndex = false;

        // One entry per open block: whether it is an `if` still able to take an `else`.
        open.Clear();
        open.Add(false);
        while (open.Count > 0)
        {
            var at = reader.Offset;
            var opcode = InstructionDecoder.ReadOpcode(ref reader, out var info);
            switch (opcode)
            {
                case Opcode.End:
                    open.RemoveAt(open.Count - 1);
                    break;
                case Opcode.Else when !open[^1]:
                    throw new MalformedModuleException("END opcode expected", at);
                case Opcode.Else:
                    open[^1] = false;
                    break;
                default:
                    InstructionDecoder.SkipImmediates(ref reader, info.Immediate);
                    if (opcode is Opcode.Block or Opcode.Loop or Opcode.If)
                    {
                        open.Add(opcode == Opcode.If);
                    }

                    usesDataIndex |= opcode is Opcode.MemoryInit or Opcode.DataDrop;
                    break;
            }
        }

        if (reader.Offset != bodyEnd)
        {
            throw new MalformedModuleException("section size mismatch", bodyEnd);
        }

        return usesDataIndex;
    }
}
