using System.Text.Json;
using System.Text.Json.Serialization;
using Phasor.Wasm.Binary;
using Phasor.Wasm.Errors;
using Phasor.Wasm.Validation;

namespace Phasor.Wasm.Tests.Spec;

/// <summary>
/// Runs one <c>.wast</c> file: converts it (cached), then each command in order. Module-level commands are checked
/// here against the decoder and validator; execution commands go to the tier's <see cref="ISpecExecution"/>, or
/// count as not run when there is none.
/// </summary>
internal static class SpecRunner
{
    /// <summary>Runs <paramref name="file"/> (a name in the suite directory) and returns the tally.</summary>
    public static SpecReport Run(string file, ISpecExecution? execution)
    {
        var json = Wast2Json.Convert(Path.Combine(SpecPaths.Suite, file));
        var directory = Path.GetDirectoryName(json)!;
        var script = JsonSerializer.Deserialize<SpecScript>(File.ReadAllText(json))
            ?? throw new InvalidOperationException($"{json} holds no command list");
        var report = new SpecReport(file);
        foreach (var command in script.Commands)
        {
            var bytes = command.FileName is { } name && !command.IsTextModule ? File.ReadAllBytes(Path.Combine(directory, name)) : null;
            report.Add(command, Run(file, command, bytes, execution, report));
        }

        return report;
    }

    private static SpecOutcome Run(string file, SpecCommand command, byte[]? bytes, ISpecExecution? execution, SpecReport report)
    {
        switch (command.Type)
        {
            case "assert_malformed" or "assert_invalid":
                return command.IsTextModule
                    ? new SpecOutcome(SpecStatus.NotApplicable, "text-format module")
                    : ExpectRejection(file, command, bytes!, report);
            case "module" or "assert_unlinkable" or "assert_uninstantiable":
                if (command.IsTextModule)
                {
                    return new SpecOutcome(SpecStatus.NotApplicable, "text-format module");
                }

                if (Load(bytes!) is { } error)
                {
                    return SpecOutcome.Fail($"a valid module was rejected: {Describe(error)}");
                }

                // Module-level work done: the module decodes and validates. Instantiating it is the tier's.
                if (execution is null)
                {
                    return command.Type == "module" ? SpecOutcome.Pass : new SpecOutcome(SpecStatus.NotRun);
                }

                return command.Type == "module" ? execution.Instantiate(command, bytes!) : execution.Execute(command, bytes);
            default:
                return execution?.Execute(command, null) ?? new SpecOutcome(SpecStatus.NotRun);
        }
    }

    private static SpecOutcome ExpectRejection(string file, SpecCommand command, byte[] bytes, SpecReport report)
    {
        var malformed = command.Type == "assert_malformed";
        var error = Load(bytes);
        if (error is null)
        {
            return SpecOutcome.Fail($"accepted; expected \"{command.Text}\"");
        }

        var rightKind = malformed ? error is MalformedModuleException : error is InvalidModuleException;
        if (rightKind && SpecFiles.MessageWaived.TryGetValue($"{file}:{command.Line}", out var reason))
        {
            report.Waived.Add($"{file}:{command.Line}: got \"{error.Message}\"; {reason}");
            return SpecOutcome.Pass;
        }

        // The suite's texts are prefixes of the reference interpreter's messages (which add indices).
        return rightKind && error.Message.StartsWith(command.Text!, StringComparison.Ordinal)
            ? SpecOutcome.Pass
            : SpecOutcome.Fail($"expected {(malformed ? "malformed" : "invalid")} \"{command.Text}\", got {Describe(error)}");
    }

    /// <summary>Decodes and validates; returns the error, or null when the module is valid.</summary>
    private static Exception? Load(byte[] bytes)
    {
        try
        {
            ModuleValidator.Validate(ModuleDecoder.Decode(bytes));
            return null;
        }
#pragma warning disable CA1031 // Any exception is an outcome to report, a crash included.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e;
        }
    }

    private static string Describe(Exception error) => error switch
    {
        MalformedModuleException m => $"malformed \"{m.Message}\" at 0x{m.Offset:x}",
        InvalidModuleException i => $"invalid \"{i.Message}\" at 0x{i.Offset:x}" + (i.FunctionIndex is { } f ? $" in function {f}" : ""),
        _ => $"a crash: {error}",
    };

    private sealed class SpecScript
    {
        [JsonPropertyName("commands")]
        public SpecCommand[] Commands { get; init; } = [];
    }
}
