namespace Phasor.Cli.Terminal;

/// <summary>Ctrl+C on the console: the first press while trapped stops the script; a second press ends the process as usual.</summary>
public sealed class ConsoleInterrupts : IInterruptSource
{
    /// <inheritdoc/>
    public IDisposable Trap(Action onInterrupt)
    {
        ArgumentNullException.ThrowIfNull(onInterrupt);
        return new Registration(onInterrupt);
    }

    /// <summary>One trap: a handler on <see cref="Console.CancelKeyPress"/> that is removed on dispose.</summary>
    private sealed class Registration : IDisposable
    {
        private readonly Action _onInterrupt;
        private int _pressed;

        public Registration(Action onInterrupt)
        {
            _onInterrupt = onInterrupt;
            Console.CancelKeyPress += OnCancelKeyPress;
        }

        public void Dispose() => Console.CancelKeyPress -= OnCancelKeyPress;

        private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            // A script busy inside one long built-in call only sees the cancellation when it returns; a second
            // press must still be able to end the process, so only the first one is taken over.
            if (Interlocked.Exchange(ref _pressed, 1) == 0)
            {
                e.Cancel = true;
                _onInterrupt();
            }
        }
    }
}
