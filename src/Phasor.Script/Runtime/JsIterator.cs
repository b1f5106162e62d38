namespace Phasor.Script.Runtime;

/// <summary>A built-in iterator object (array, string, Map, Set); the VM steps it with <see cref="TryStep"/> without
/// allocating the <c>{ value, done }</c> results that script-visible <c>next()</c> creates.</summary>
internal abstract class JsIterator(Shape shape) : JsObject(shape)
{
    protected bool Done { get; set; }

    /// <summary>Advances; false once exhausted (and forever after).</summary>
    public abstract bool TryStep(Realm realm, out JsValue value);

    /// <summary>Marks the iterator finished early (a for-of <c>break</c>), releasing the collection for compaction.</summary>
    public virtual void Close() => Done = true;
}
