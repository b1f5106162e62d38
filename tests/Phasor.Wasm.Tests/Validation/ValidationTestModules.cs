using Phasor.Wasm.Binary;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Tests.Support;
using Phasor.Wasm.Validation;
using static Phasor.Wasm.Tests.Support.ModuleBuilder;

namespace Phasor.Wasm.Tests.Validation;

/// <summary>Small modules for validator tests: one function of a given signature and code, and assertions.</summary>
internal static class ValidationTestModules
{
    public const byte I32 = 0x7F;
    public const byte I64 = 0x7E;
    public const byte F32 = 0x7D;
    public const byte FuncRef = 0x70;
    public const byte ExternRef = 0x6F;

    /// <summary>A module with type 0 = <paramref name="parameters"/> -&gt; <paramref name="results"/>, one memory, and one function of type 0.</summary>
    public static byte[] Function(byte[] parameters, byte[] results, byte[] code, (uint, byte)[]? locals = null, bool memory = true)
    {
        var builder = new ModuleBuilder()
            .Section(1, Vec([0x60, .. Vec([.. parameters.Select(p => new[] { p })]), .. Vec([.. results.Select(r => new[] { r })])],
                [0x60, 0x02, I32, I32, 0x01, I32]))
            .Section(3, Vec([0x00]));
        if (memory)
        {
            builder.Section(5, Vec([0x00, 0x01]));
        }

        return builder.Section(10, Vec(Body(locals ?? [], code))).Build();
    }

    /// <summary>A function <c>[] -&gt; []</c> with <paramref name="code"/> (which must end with 0x0B).</summary>
    public static byte[] Function(params byte[] code) => Function([], [], code);

    public static ValidationResult Validate(byte[] module) => ModuleValidator.Validate(ModuleDecoder.Decode(module));

    public static InvalidModuleException AssertInvalid(byte[] module, string message)
    {
        var e = Assert.Throws<InvalidModuleException>(() => Validate(module));
        Assert.Equal(message, e.Message);
        return e;
    }

    public static MalformedModuleException AssertMalformed(byte[] module, string message)
    {
        var e = Assert.Throws<MalformedModuleException>(() => Validate(module));
        Assert.Equal(message, e.Message);
        return e;
    }
}
