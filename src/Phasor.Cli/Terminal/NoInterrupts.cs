namespace Phasor.Cli.Terminal;

/// <summary>An interrupt source that never fires: the default when no console is attached (tests, embedding).</summary>
public sealed class NoInterrupts : IInterruptSource
{
    /// <summary>The one instance.</summary>
    public static NoInterrupts Instance { get; } = new();

    private NoInterrupts()
    {
    }

    /// <inheritdoc/>
    public IDisposable Trap(Action onInterrupt) => Disposable.Empty;

    /// <summary>Nothing to undo.</summary>
    private sealed class Disposable : IDisposable
    {
        public static readonly Disposable Empty = new();

        public void Dispose()
        {
        }
    }
}
