using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

/// <summary>Steps the keys a for-in loop visits, skipping keys deleted from the object during the iteration.</summary>
internal sealed class ForInIterator(Realm realm, JsObject target, List<string> keys) : JsIterator(realm.IteratorPrototype.RootShapeForChildren)
{
    private int _index;

    public override bool TryStep(Realm realm, out JsValue value)
    {
        while (!Done && _index < keys.Count)
        {
            var key = keys[_index++];
            if (target.HasProperty(key))
            {
                value = key;
                return true;
            }
        }

        Done = true;
        value = default;
        return false;
    }
}
