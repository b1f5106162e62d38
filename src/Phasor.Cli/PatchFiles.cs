using Phasor.Cli.CommandLine;
using Phasor.Graph;
using Phasor.Graph.Diagnostics;
using Phasor.Graph.Model;
using Phasor.Graph.Planning;

namespace Phasor.Cli;

/// <summary>Reads patch files for the commands, turning every problem into a located <see cref="UsageException"/>.</summary>
internal static class PatchFiles
{
    /// <summary>The valid patch in <paramref name="path"/>.</summary>
    public static Patch Load(string path) => Parse(FileErrors.ReadText(path), path);

    /// <summary>The valid patch in <paramref name="text"/>, named <paramref name="name"/> in messages.</summary>
    public static Patch Parse(string text, string name)
    {
        var result = PatchLoader.Load(text, name);
        return result.Succeeded ? result.Patch! : throw new UsageException(DiagnosticPrinter.FormatAll(result.Diagnostics, result.Source), isReport: true);
    }

    /// <summary>The plan of a valid patch; a patch too large for memory is a user error.</summary>
    public static Plan Plan(Patch patch, PlanOptions options)
    {
        var (plan, error) = Planner.TryPlan(patch, options);
        return plan ?? throw new UsageException(DiagnosticPrinter.FormatAll([error!], patch.Source), isReport: true);
    }
}
