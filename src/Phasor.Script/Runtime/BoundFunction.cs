namespace Phasor.Script.Runtime;

/// <summary>The result of Function.prototype.bind: a target with a fixed <c>this</c> and leading arguments.</summary>
internal sealed class BoundFunction : JsFunction
{
    private readonly JsFunction _target;
    private readonly JsValue _boundThis;
    private readonly JsValue[] _boundArgs;

    public BoundFunction(Realm realm, JsFunction target, JsValue boundThis, JsValue[] boundArgs)
        : base(target.Prototype)
    {
        _target = target;
        _boundThis = boundThis;
        _boundArgs = boundArgs;
        var targetLength = target.Get(realm, "length");
        var length = targetLength.IsNumber ? Math.Max(0, (int)targetLength.Number - boundArgs.Length) : 0;
        DefineNameAndLength("bound " + target.Name, length);
    }

    public JsFunction Target => _target;

    public override bool IsConstructor => _target.IsConstructor;

    public override JsValue Call(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        _target.Call(realm, _boundThis, Concat(args));

    public override JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        _target.Construct(realm, Concat(args), ReferenceEquals(newTarget, this) ? _target : newTarget);

    private ReadOnlySpan<JsValue> Concat(ReadOnlySpan<JsValue> args)
    {
        if (_boundArgs.Length == 0)
        {
            return args;
        }
        var all = new JsValue[_boundArgs.Length + args.Length];
        _boundArgs.CopyTo(all, 0);
        args.CopyTo(all.AsSpan(_boundArgs.Length));
        return all;
    }
}
