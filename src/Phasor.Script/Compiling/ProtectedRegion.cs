using Phasor.Script.Collections;
namespace Phasor.Script.Compiling;

/// <summary>The instruction ranges covered by one handler; a jump out through a finally block suspends them.</summary>
internal sealed class ProtectedRegion(int start, int envRegister)
{
    private readonly List<(int Start, int End)> _ranges = [];
    private int _start = start;

    public int EnvRegister { get; } = envRegister;

    public void Suspend(int at)
    {
        if (_start >= 0 && at > _start)
        {
            _ranges.Add((_start, at));
        }

        _start = -1;
    }

    public void Resume(int at) => _start = at;

    /// <summary>Closes the region and appends its handler entries; inner regions close first, so first match is innermost.</summary>
    public void End(int at, int target, ValueList<HandlerEntry> handlers)
    {
        Suspend(at);
        foreach (var (s, e) in _ranges)
        {
            handlers.Add(new HandlerEntry(s, e, target, EnvRegister));
        }
    }
}
