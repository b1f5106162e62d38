namespace Phasor.Script.Runtime;

/// <summary>%StringIteratorPrototype% instances: iterate a string by code points (surrogate pairs stay together).</summary>
internal sealed class StringIterator(Realm realm, string text) : JsIterator(realm.StringIteratorPrototype.RootShapeForChildren)
{
    private int _position;

    public override string ClassName => "String Iterator";

    public override bool TryStep(Realm realm, out JsValue value)
    {
        if (Done || _position >= text.Length)
        {
            Done = true;
            value = default;
            return false;
        }
        var length = char.IsHighSurrogate(text[_position]) && _position + 1 < text.Length && char.IsLowSurrogate(text[_position + 1])
            ? 2
            : 1;
        value = length == 1 ? realm.CharToString(text[_position]) : text.Substring(_position, 2);
        _position += length;
        return true;
    }
}
