namespace Phasor.Script.Runtime;

/// <summary>%ArrayIteratorPrototype% instances: iterate an array-like by index, re-reading length at each step.</summary>
internal sealed class ArrayIterator(Realm realm, JsObject target, IterationKind kind)
    : JsIterator(realm.ArrayIteratorPrototype.RootShapeForChildren)
{
    private uint _index;

    public override string ClassName => "Array Iterator";

    public override bool TryStep(Realm realm, out JsValue value)
    {
        var length = target is JsArray array ? array.Length : (uint)Conversions.ToLength(realm, target.Get(realm, "length"));
        if (Done || _index >= length)
        {
            Done = true;
            value = default;
            return false;
        }
        var i = _index++;
        value = kind switch
        {
            IterationKind.Keys => JsValue.FromNumber(i),
            IterationKind.Values => target.GetIndex(realm, i),
            _ => realm.CreateArray([JsValue.FromNumber(i), target.GetIndex(realm, i)]),
        };
        return true;
    }
}
