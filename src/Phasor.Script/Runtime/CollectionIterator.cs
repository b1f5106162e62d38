namespace Phasor.Script.Runtime;

/// <summary>Map and Set iterator instances: walk an <see cref="OrderedTable"/> by entry index, skipping tombstones.</summary>
internal sealed class CollectionIterator : JsIterator
{
    private readonly OrderedTable _table;
    private readonly IterationKind _kind;
    private readonly bool _isSet;
    private int _entry;

    public CollectionIterator(Realm realm, OrderedTable table, IterationKind kind, bool isSet)
        : base((isSet ? realm.SetIteratorPrototype : realm.MapIteratorPrototype).RootShapeForChildren)
    {
        _table = table;
        _kind = kind;
        _isSet = isSet;
        table.ActiveIterators++;
    }

    public override string ClassName => _isSet ? "Set Iterator" : "Map Iterator";

    public override bool TryStep(Realm realm, out JsValue value)
    {
        while (!Done && _entry < _table.End)
        {
            var entry = _entry++;
            if (!_table.IsLive(entry))
            {
                continue;
            }
            var key = _table.KeyAt(entry);
            value = _kind switch
            {
                IterationKind.Keys => key,
                IterationKind.Values => _isSet ? key : _table.ValueAt(entry),
                _ => realm.CreateArray([key, _isSet ? key : _table.ValueAt(entry)]),
            };
            return true;
        }
        Release();
        value = default;
        return false;
    }

    protected override void Release()
    {
        if (!Done)
        {
            Done = true;
            _table.ActiveIterators--;
        }
    }
}
