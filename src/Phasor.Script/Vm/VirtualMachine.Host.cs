namespace Phasor.Script.Vm;

/// <summary>Entry from the host outside <see cref="RunScript"/>: a call, a property read or a construction started by C#.</summary>
internal sealed partial class VirtualMachine
{
    /// <summary>Starts an outermost host entry: a fresh instruction budget and the cancellation token, as <see cref="RunScript"/> does.</summary>
    /// <remarks>Calls made while a script runs (a host function calling back) must not call this: they share the running budget.</remarks>
    public void BeginHostEntry(long budget, CancellationToken cancellation)
    {
        _budget = budget;
        _ticksLeft = budget <= 0 ? long.MaxValue : budget;
        _ticks = TickInterval;
        _cancellation = cancellation;
    }

    /// <summary>Ends an outermost host entry: whatever happened, the frame and nesting stacks are empty again.</summary>
    public void EndHostEntry()
    {
        _fi = -1;
        _nesting = 0;
    }
}
