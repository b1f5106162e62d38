using System.Globalization;
using System.Text.Json;
using Phasor.Audio;
using Phasor.Audio.Render;
using Phasor.Audio.Wav;
using Phasor.Cli.CommandLine;
using Phasor.Cli.Terminal;
using Phasor.Graph.Model;
using Phasor.Graph.Planning;

namespace Phasor.Cli.Commands;

/// <summary>Renders a patch to a WAV file and reports on it: the work behind `render` and `demo`.</summary>
internal static class RenderJob
{
    public static int Run(Patch patch, string output, ParsedArgs args, CliContext context, double defaultSeconds)
    {
        var seconds = args.Number("seconds", defaultSeconds, 0, 24 * 3600);
        var options = RenderSettings.PlanOptions(args);
        var format = RenderSettings.SampleFormat(args);
        var plan = PatchFiles.Plan(patch, options);
        var backend = RenderSettings.BackendKind(args);
        var kernel = Backends.Create(plan, backend);
        var times = args.Has("realtime") ? new BlockTimes() : null;

        // Render into a temporary file and move it into place at the end, so a failed or
        // interrupted render never leaves a truncated file where a good one was.
        var temporary = output + ".partial";
        RenderStats stats;
        try
        {
            using (var stream = File.Create(temporary))
            using (var wav = new WavWriter(stream, (int)options.SampleRate, plan.Channels, format))
            {
                var progress = context.Interactive && !args.Has("quiet") ? new ProgressBar(context.Err, Path.GetFileName(output)) : null;
                stats = OfflineRenderer.Render(kernel, new RenderOptions(seconds, options.MaxBlock), new WavSink(wav), progress is null ? null : progress.Report, times);
                progress?.Finish();
            }

            File.Move(temporary, output, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            TryDelete(temporary);
            throw new UsageException($"cannot write '{output}': {FileErrors.Reason(e)}");
        }

        if (stats.NonFiniteTotal > 0)
        {
            context.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"warning: {stats.NonFiniteTotal:N0} of {stats.Frames * stats.Channels:N0} samples were NaN or infinite (written as silence or full scale): the patch is unstable (for example a linear ladder, saturate 0, above q 25)"));
        }

        if (args.Has("json"))
        {
            context.Out.WriteLine(Json(output, format, stats, RenderSettings.Name(backend), times));
        }
        else if (!args.Has("quiet"))
        {
            context.Out.WriteLine(Summary(output, stats));
            if (times is not null)
            {
                context.Out.WriteLine(Realtime(times, options));
            }
        }

        return ExitCodes.Ok;
    }

    private static string Summary(string output, RenderStats stats)
    {
        var levels = string.Join(", ", Enumerable.Range(0, stats.Channels).Select(c =>
            $"peak {Db(stats.PeakDbfs[c])} dBFS, rms {Db(stats.RmsDbfs[c])} dBFS"));
        return string.Create(CultureInfo.InvariantCulture, $"wrote {output}: {stats.Seconds:F2} s, {stats.SampleRate:F0} Hz, {stats.Channels} ch; {levels}; rendered in {stats.RenderTime.TotalSeconds:F2} s ({stats.RealtimeFactor:F0}x realtime)");
    }

    private static string Realtime(BlockTimes t, PlanOptions options)
    {
        var budget = options.MaxBlock / options.SampleRate * 1e6;
        var verdict = t.Underruns == 0 ? "holds up live" : $"{t.Underruns} of {t.Count} blocks over budget: would underrun live";
        return string.Create(CultureInfo.InvariantCulture, $"realtime: {options.MaxBlock}-frame blocks, budget {budget:F0} us; average {t.Average.TotalMicroseconds:F1} us, p99 {t.Percentile(0.99).TotalMicroseconds:F0} us, max {t.Max.TotalMicroseconds:F0} us; {t.CpuPercent:F1}% of realtime; {verdict}");
    }

    private static string Json(string output, WavSampleFormat format, RenderStats stats, string backend, BlockTimes? times)
    {
        var summary = new Dictionary<string, object?>
        {
            ["file"] = output,
            ["format"] = format switch { WavSampleFormat.Pcm16 => "s16", WavSampleFormat.Float32 => "f32", _ => "s24" },
            ["durationSeconds"] = stats.Seconds,
            ["sampleRate"] = stats.SampleRate,
            ["channels"] = stats.Channels,
            ["frames"] = stats.Frames,
            ["peakDbfs"] = stats.PeakDbfs.Select(JsonNumber).ToArray(),
            ["rmsDbfs"] = stats.RmsDbfs.Select(JsonNumber).ToArray(),
            ["nonFiniteSamples"] = stats.NonFinite,
            ["renderSeconds"] = stats.RenderTime.TotalSeconds,
            ["realtimeFactor"] = JsonNumber(stats.RealtimeFactor),
            ["backend"] = backend,
        };
        if (times is not null)
        {
            summary["realtime"] = new Dictionary<string, object>
            {
                ["blocks"] = times.Count,
                ["budgetMicroseconds"] = Math.Round(times.AverageBudgetMicroseconds, 3),
                ["averageMicroseconds"] = Math.Round(times.Average.TotalMicroseconds, 3),
                ["p99Microseconds"] = times.Percentile(0.99).TotalMicroseconds,
                ["maxMicroseconds"] = times.Max.TotalMicroseconds,
                ["cpuPercent"] = Math.Round(times.CpuPercent, 3),
                ["underruns"] = times.Underruns,
            };
        }

        return JsonSerializer.Serialize(summary, s_json);
    }

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    /// <summary>JSON has no infinities: silence reports null.</summary>
    private static object? JsonNumber(double v) => double.IsFinite(v) ? Math.Round(v, 3) : null;

    private static string Db(double db) => double.IsFinite(db) ? db.ToString("F1", CultureInfo.InvariantCulture) : "-inf";

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
