namespace Phasor.Cli.Tests;

public sealed class WasmCommandTests
{
    /// <summary>
    /// wat2wasm --debug-names of: (module $demo (import "env" "log" (func $log (param i32))) (memory (export "mem") 1 4)
    /// (table 2 funcref) (global $g (mut i32) (i32.const 7)) (func $add (export "add") (param $a i32) (param $b i32)
    /// (result i32) (local $t i64) local.get $a local.get $b i32.add) (func $main (call $log (i32.const 1)))
    /// (start $main) (elem (i32.const 0) $add $main) (data (i32.const 8) "hi"))
    /// </summary>
    private static readonly byte[] s_demo =
    [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x0E, 0x03, 0x60, 0x01, 0x7F, 0x00, 0x60, 0x02, 0x7F, 0x7F, 0x01,
        0x7F, 0x60, 0x00, 0x00, 0x02, 0x0B, 0x01, 0x03, 0x65, 0x6E, 0x76, 0x03, 0x6C, 0x6F, 0x67, 0x00, 0x00, 0x03, 0x03, 0x02,
        0x01, 0x02, 0x04, 0x04, 0x01, 0x70, 0x00, 0x02, 0x05, 0x04, 0x01, 0x01, 0x01, 0x04, 0x06, 0x06, 0x01, 0x7F, 0x01, 0x41,
        0x07, 0x0B, 0x07, 0x0D, 0x02, 0x03, 0x6D, 0x65, 0x6D, 0x02, 0x00, 0x03, 0x61, 0x64, 0x64, 0x00, 0x01, 0x08, 0x01, 0x02,
        0x09, 0x08, 0x01, 0x00, 0x41, 0x00, 0x0B, 0x02, 0x01, 0x02, 0x0A, 0x12, 0x02, 0x09, 0x01, 0x01, 0x7E, 0x20, 0x00, 0x20,
        0x01, 0x6A, 0x0B, 0x06, 0x00, 0x41, 0x01, 0x10, 0x00, 0x0B, 0x0B, 0x08, 0x01, 0x00, 0x41, 0x08, 0x0B, 0x02, 0x68, 0x69,
        0x00, 0x37, 0x04, 0x6E, 0x61, 0x6D, 0x65, 0x00, 0x05, 0x04, 0x64, 0x65, 0x6D, 0x6F, 0x01, 0x11, 0x03, 0x00, 0x03, 0x6C,
        0x6F, 0x67, 0x01, 0x03, 0x61, 0x64, 0x64, 0x02, 0x04, 0x6D, 0x61, 0x69, 0x6E, 0x02, 0x10, 0x03, 0x00, 0x00, 0x01, 0x03,
        0x00, 0x01, 0x61, 0x01, 0x01, 0x62, 0x02, 0x01, 0x74, 0x02, 0x00, 0x07, 0x04, 0x01, 0x00, 0x01, 0x67,
    ];

    /// <summary>(module (func (result i32) i64.const 1)): well formed, but the result has the wrong type.</summary>
    private static readonly byte[] s_invalid =
    [
        0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F, 0x03, 0x02, 0x01, 0x00, 0x0A,
        0x06, 0x01, 0x04, 0x00, 0x42, 0x01, 0x0B,
    ];

    [Fact]
    public void Validate_PrintsValid()
    {
        using var dir = new TempDir();
        var path = Write(dir, "demo.wasm", s_demo);

        var (exit, stdout, stderr) = CliRunner.Run("wasm", "validate", path);

        Assert.Equal(0, exit);
        Assert.Equal($"{path}: valid\n", stdout.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Validate_ReportsAMalformedModuleWithItsOffset()
    {
        using var dir = new TempDir();
        var path = Write(dir, "bad.wasm", [0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00]);

        var (exit, stdout, stderr) = CliRunner.Run("wasm", "validate", path);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"{path}: malformed module at byte 0x4: unknown binary version", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsAnInvalidModuleWithFunctionAndOffset()
    {
        using var dir = new TempDir();
        var path = Write(dir, "invalid.wasm", s_invalid);

        var (exit, _, stderr) = CliRunner.Run("wasm", "validate", path);

        Assert.Equal(1, exit);
        Assert.Contains($"{path}: invalid module: function 0 at byte 0x1a: type mismatch", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_ListsSectionsImportsExportsFunctionsAndNames()
    {
        using var dir = new TempDir();
        var path = Write(dir, "demo.wasm", s_demo);

        var (exit, stdout, _) = CliRunner.Run("wasm", "inspect", path);

        Assert.Equal(0, exit);
        Assert.Contains($"{path}: 177 bytes, valid", stdout, StringComparison.Ordinal);
        Assert.Contains("module name: demo", stdout, StringComparison.Ordinal);
        Assert.Contains("10  code                     at 0x00005a         18 bytes", stdout, StringComparison.Ordinal);
        Assert.Contains("custom \"name\"", stdout, StringComparison.Ordinal);
        Assert.Contains("func      env.log  type 0 [i32] -> []", stdout, StringComparison.Ordinal);
        Assert.Contains("func      \"add\"  func 1 \"add\"", stdout, StringComparison.Ordinal);
        Assert.Contains("functions: 1 imported, 2 defined, 11 bytes of code", stdout, StringComparison.Ordinal);
        Assert.Matches(@"func +1 +add +\[i32 i32\] -> \[i32\] +locals +1 +code +6 bytes", stdout);
        Assert.Contains("memory 0  1..4 pages", stdout, StringComparison.Ordinal);
        Assert.Contains("table 0  funcref 2..unbounded elements", stdout, StringComparison.Ordinal);
        Assert.Contains("global 0  mut i32", stdout, StringComparison.Ordinal);
        Assert.Contains("data segments: 1 (1 active, 0 passive), 2 bytes", stdout, StringComparison.Ordinal);
        Assert.Contains("start: func 2 \"main\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_DescribesAnInvalidModuleAndSaysWhyItIsInvalid()
    {
        using var dir = new TempDir();
        var path = Write(dir, "invalid.wasm", s_invalid);

        var (exit, stdout, _) = CliRunner.Run("wasm", "inspect", path);

        Assert.Equal(0, exit);
        Assert.Contains("invalid module: function 0 at byte 0x1a: type mismatch", stdout, StringComparison.Ordinal);
        Assert.Contains("functions: 0 imported, 1 defined", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "wasm" }, "missing action (validate, inspect, run)")]
    [InlineData(new[] { "wasm", "valdate", "x.wasm" }, "unknown wasm action 'valdate'; did you mean 'validate'?")]
    [InlineData(new[] { "wasm", "inspect" }, "missing MODULE.wasm")]
    [InlineData(new[] { "wasm", "validate", "a.wasm", "b.wasm" }, "unexpected argument 'b.wasm'")]
    [InlineData(new[] { "wasm", "validate", "/no/such/module.wasm" }, "cannot read '/no/such/module.wasm': no such directory")]
    public void Wasm_ReportsUsageErrors(string[] args, string message)
    {
        var (exit, _, stderr) = CliRunner.Run(args);

        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    private static string Write(TempDir dir, string name, byte[] bytes)
    {
        var path = dir.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
