using System.Diagnostics;
using System.Globalization;

namespace Phasor.Cli.Terminal;

/// <summary>
/// A one-line progress bar on a terminal, redrawn in place. It stays hidden for the first second,
/// so short renders print nothing but their summary.
/// </summary>
internal sealed class ProgressBar(TextWriter terminal, string label)
{
    private const int Width = 30;
    private static readonly TimeSpan s_delay = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _shown;

    /// <summary>Redraws for <paramref name="done"/> of <paramref name="total"/> frames.</summary>
    public void Report(long done, long total)
    {
        if (_clock.Elapsed < s_delay || total <= 0)
        {
            return;
        }

        _shown = true;
        var fraction = Math.Clamp(done / (double)total, 0, 1);
        var filled = (int)(fraction * Width);
        var eta = fraction > 0 ? _clock.Elapsed.TotalSeconds * (1 - fraction) / fraction : 0;
        terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\r{label} [{new string('#', filled)}{new string('-', Width - filled)}] {fraction * 100,5:F1}%  eta {eta:F0} s "));
        terminal.Flush();
    }

    /// <summary>Ends the line if the bar was drawn.</summary>
    public void Finish()
    {
        if (_shown)
        {
            terminal.WriteLine();
        }
    }
}
