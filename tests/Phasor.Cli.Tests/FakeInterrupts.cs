using Phasor.Cli.Terminal;

namespace Phasor.Cli.Tests;

/// <summary>Presses Ctrl+C once, <paramref name="delay"/> after a command first traps it (so while a script runs).</summary>
public sealed class FakeInterrupts(TimeSpan delay) : IInterruptSource
{
    private int _fired;

    public int Traps { get; private set; }

    public IDisposable Trap(Action onInterrupt)
    {
        Traps++;
        var timer = new Timer(_ =>
        {
            if (Interlocked.Exchange(ref _fired, 1) == 0)
            {
                onInterrupt();
            }
        });
        timer.Change(delay, Timeout.InfiniteTimeSpan);
        return timer;
    }
}
