namespace Phasor.Script.Runtime;

/// <summary>A built-in iterator object (array, string, Map, Set); the VM steps it with <see cref="TryStep"/> without
/// allocating the <c>{ value, done }</c> results that script-visible <c>next()</c> creates.</summary>
internal abstract class JsIterator(Shape shape) : JsObject(shape)
{
    protected bool Done { get; set; }

    /// <summary>
    /// Gets whether the engine made this iterator for a loop, a spread or a destructuring (<see cref="Iteration.GetIterator"/>),
    /// so that no script holds it. Only such an iterator may be finished when the loop stops early: one the script
    /// created (<c>map.keys()</c>) must stay usable, because built-in iterators have no <c>return</c> method.
    /// </summary>
    public bool IsInternal { get; init; }

    /// <summary>Advances; false once exhausted (and forever after).</summary>
    public abstract bool TryStep(Realm realm, out JsValue value);

    /// <summary>
    /// IteratorClose (ECMAScript 7.4.11) when a for-of loop or a destructuring stops before the end: built-in
    /// iterators have no <c>return</c> method, so this only releases an internal one (a Map or Set can then compact).
    /// </summary>
    public virtual void Close()
    {
        if (IsInternal)
        {
            Release();
        }
    }

    /// <summary>Marks the iterator finished, releasing what it walks.</summary>
    protected virtual void Release() => Done = true;
}
