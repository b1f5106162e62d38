using Phasor.Wasm.Model;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// Numbers function signatures engine-wide, so structurally equal types get equal ids and <c>call_indirect</c>'s
/// signature check is one integer compare (spec 4.4.8.11 compares types structurally). Thread-safe.
/// </summary>
internal sealed class TypeRegistry
{
    private readonly Dictionary<FuncType, int> _ids = [];
    private readonly Lock _lock = new();

    /// <summary>Gets the id of <paramref name="type"/>, assigning the next one on first sight.</summary>
    public int Intern(FuncType type)
    {
        lock (_lock)
        {
            if (!_ids.TryGetValue(type, out var id))
            {
                id = _ids.Count;
                _ids.Add(type, id);
            }

            return id;
        }
    }
}
