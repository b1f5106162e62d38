using System.Globalization;
using Phasor.Wasm.Interpreter;
using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Tests.Differential;

/// <summary>
/// Random valid modules from binaryen's fuzzer, run here and in V8: the transcript (each export called with zero
/// arguments, its log calls, its results or a trap) must match what Node printed when the corpus was captured
/// (<c>capture.sh</c>, <c>run-v8.mjs</c>). NaNs compare as NaN, since their payloads may differ between engines.
/// </summary>
public sealed class DifferentialTests
{
    private static readonly string s_corpus = Path.Combine(AppContext.BaseDirectory, "Differential", "corpus");

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(s_corpus, "*.wasm").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Corpus_IsPresent() => Assert.True(Modules().Count >= 50);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Interpreter_MatchesV8(string name) => Check(name, LoweringOptions.Default);

    [Theory]
    [MemberData(nameof(Modules))]
    public void InterpreterWithoutRewrites_MatchesV8(string name) => Check(name, LoweringOptions.None);

    private static void Check(string name, LoweringOptions lowering)
    {
        var expected = File.ReadAllText(Path.Combine(s_corpus, name + ".expected")).TrimEnd('\n');
        var actual = Transcript(File.ReadAllBytes(Path.Combine(s_corpus, name + ".wasm")), lowering);
        Assert.Equal(expected, actual);
    }

    private static string Transcript(byte[] bytes, LoweringOptions lowering)
    {
        var engine = new WasmEngine(new WasmEngineOptions { Lowering = lowering });
        var module = engine.Compile(bytes);
        var store = new Store(engine);
        var lines = new List<string>();
        var linker = new Linker(store);
        linker.DefineFunction("fuzzing-support", "log-i32", (int v) => lines.Add("log " + Show(Value.FromI32(v))));
        linker.DefineFunction("fuzzing-support", "log-i64", (long v) => lines.Add("log " + Show(Value.FromI64(v))));
        linker.DefineFunction("fuzzing-support", "log-f32", (float v) => lines.Add("log " + Show(Value.FromF32(v))));
        linker.DefineFunction("fuzzing-support", "log-f64", (double v) => lines.Add("log " + Show(Value.FromF64(v))));
        Instance instance;
        try
        {
            instance = linker.Instantiate(module);
        }
        catch (TrapException)
        {
            return "instantiate trap";
        }

        var reset = instance.GetFunction("hangLimitInitializer");
        foreach (var export in module.Definition.Exports.Where(e => e.Kind == ExternalKind.Function && e.Name != "hangLimitInitializer"))
        {
            reset?.Invoke();
            lines.Add("call " + export.Name);
            var function = instance.GetFunction(export.Name)!;
            try
            {
                var results = function.Invoke([.. function.Type.Parameters.Select(Value.Default)]);
                lines.AddRange(results.Select(r => "result " + Show(r)));
            }
            catch (TrapException)
            {
                lines.Add("trap");
            }
        }

        return string.Join('\n', lines);
    }

    private static string Show(Value value) => value.Type switch
    {
        ValueType.I32 => "i32 " + value.AsI32().ToString(CultureInfo.InvariantCulture),
        ValueType.I64 => "i64 " + value.AsI64().ToString(CultureInfo.InvariantCulture),
        ValueType.F32 => "f32 " + (float.IsNaN(value.AsF32()) ? "nan" : ((uint)value.Bits).ToString(CultureInfo.InvariantCulture)),
        ValueType.F64 => "f64 " + (double.IsNaN(value.AsF64()) ? "nan" : value.Bits.ToString(CultureInfo.InvariantCulture)),
        _ => "ref " + (value.IsNull ? "null" : "nonnull"),
    };
}
