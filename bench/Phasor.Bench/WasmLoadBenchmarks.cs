using BenchmarkDotNet.Attributes;
using Phasor.Wasm.Binary;
using Phasor.Wasm.Model;
using Phasor.Wasm.Validation;

namespace Phasor.Bench;

/// <summary>
/// Loading a module: decoding and validating the peers' prebuilt WebAssembly benchmarks (clang -O2 builds of bench.c,
/// in ../shared/peers/wasm/prebuilt). Validation runs on every load, so it has to stay cheap; its allocation is per
/// module (summaries, the reference table), never per instruction.
/// </summary>
[MemoryDiagnoser]
public class WasmLoadBenchmarks
{
    private byte[] _bytes = [];
    private ModuleDefinition _module = null!;

    /// <summary>Which prebuilt module.</summary>
    [Params("bench.wasm", "bench_lib.wasm")]
    public string Module { get; set; } = "bench.wasm";

    /// <summary>Reads the module and decodes it once for the validation benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(Path.Combine(FindPrebuilt(), Module));
        _module = ModuleDecoder.Decode(_bytes);
        ModuleValidator.Validate(_module);
    }

    /// <summary>Decodes the module (sections, segments, names; bodies are sliced, not read).</summary>
    [Benchmark]
    public ModuleDefinition Decode() => ModuleDecoder.Decode(_bytes);

    /// <summary>Validates the decoded module, every function body included.</summary>
    [Benchmark]
    public ValidationResult Validate() => ModuleValidator.Validate(_module);

    private static string FindPrebuilt()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "peers", "wasm", "prebuilt");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("../shared/peers/wasm/prebuilt not found beside the repository");
    }
}
