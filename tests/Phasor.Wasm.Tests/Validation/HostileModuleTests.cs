using Phasor.Wasm.Binary;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Tests.Support;
using Phasor.Wasm.Validation;
using static Phasor.Wasm.Tests.Support.ModuleBuilder;

namespace Phasor.Wasm.Tests.Validation;

/// <summary>
/// Mutated modules (a seeded random walk of byte flips, insertions, deletions and truncations of a valid module that
/// uses most sections and instruction shapes) must be rejected with a format or validation error, or accepted: never
/// another exception, never a hang.
/// </summary>
public sealed class HostileModuleTests
{
    [Fact]
    public void DecodeAndValidate_ThrowOnlyWasmErrorsOnMutatedModules()
    {
        var seed = Rich();
        Assert.NotNull(ModuleValidator.Validate(ModuleDecoder.Decode(seed)));
        var random = new Random(12345);
        var outcomes = new int[3];
        for (var i = 0; i < 5_000; i++)
        {
            var mutant = Mutate(seed, random);
            try
            {
                ModuleValidator.Validate(ModuleDecoder.Decode(mutant));
                outcomes[0]++;
            }
            catch (MalformedModuleException)
            {
                outcomes[1]++;
            }
            catch (InvalidModuleException)
            {
                outcomes[2]++;
            }
        }

        // Enough of each kind that the walk explores the decoder and the validator, not only the header.
        Assert.All(outcomes, count => Assert.True(count > 100, $"valid/malformed/invalid: {string.Join("/", outcomes)}"));
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 8; e++)
        {
            var at = random.Next(8, bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 2:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                default:
                    bytes.RemoveAt(at);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Types, an import, table, memory, global, exports, start, element and data segments, and bodies with blocks and branches.</summary>
    private static byte[] Rich()
    {
        byte[] loop = [0x02, 0x40, 0x03, 0x40, 0x20, 0x00, 0x45, 0x0D, 0x01, 0x20, 0x00, 0x41, 0x01, 0x6B, 0x22, 0x00, 0x0C, 0x00, 0x0B, 0x0B];
        byte[] memory = [0x41, 0x00, 0x28, 0x02, 0x04, 0x41, 0x08, 0x2D, 0x00, 0x00, 0x6A, 0x1A, 0x3F, 0x00, 0x40, 0x00, 0x1A];
        byte[] table = [0x41, 0x05, 0x41, 0x00, 0x11, 0x00, 0x00, 0xD2, 0x01, 0xD1, 0x1A, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xFC, 0x0C, 0x00, 0x00];
        byte[] select = [0x41, 0x01, 0x04, 0x7F, 0x41, 0x02, 0x05, 0x41, 0x03, 0x0B, 0x41, 0x04, 0x41, 0x00, 0x1B, 0x1A];
        byte[] bulk = [0x41, 0x00, 0x41, 0x00, 0x41, 0x01, 0xFC, 0x08, 0x00, 0x00, 0xFC, 0x09, 0x00, 0x41, 0x00, 0x0E, 0x01, 0x00, 0x00];
        return new ModuleBuilder()
            .Section(1, Vec([0x60, 0x01, 0x7F, 0x00], [0x60, 0x00, 0x00], [0x60, 0x02, 0x7F, 0x7E, 0x01, 0x7F]))
            .Section(2, Vec([.. Name("env"), .. Name("log"), 0x00, 0x00]))
            .Section(3, Vec([0x01], [0x00], [0x02]))
            .Section(4, Vec([0x70, 0x01, 0x02, 0x04]))
            .Section(5, Vec([0x01, 0x01, 0x02]))
            .Section(6, Vec([0x7F, 0x01, 0x41, 0x07, 0x0B]))
            .Section(7, Vec([.. Name("run"), 0x00, 0x01], [.. Name("mem"), 0x02, 0x00]))
            .Section(8, 0x01)
            .Section(9, Vec([0x00, 0x41, 0x00, 0x0B, .. Vec([0x01], [0x02])], [0x05, 0x70, .. Vec([0xD2, 0x01, 0x0B])]))
            .Section(12, 0x01)
            .Section(10, Vec(
                Body([.. memory, .. table, .. select, 0x0B]),
                Body([(1, 0x7F)], [.. loop, .. bulk, 0x0B]),
                Body([0x20, 0x00, 0x20, 0x01, 0xA7, 0x6A, 0x0B])))
            .Section(11, Vec([0x00, 0x41, 0x10, 0x0B, 0x02, 0xAA, 0xBB]))
            .Build();
    }
}
