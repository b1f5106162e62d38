namespace Phasor.Cli.Terminal;

/// <summary>A source of user interrupts (Ctrl+C) that a command can take over while it runs a script.</summary>
public interface IInterruptSource
{
    /// <summary>
    /// Calls <paramref name="onInterrupt"/> on the first interrupt until the result is disposed, instead of ending the
    /// process. <paramref name="onInterrupt"/> may run on another thread.
    /// </summary>
    IDisposable Trap(Action onInterrupt);
}
