using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The Boolean constructor (as a conversion function) and Boolean.prototype (20.3).</summary>
internal static class BooleanBuiltins
{
    public static void Install(Realm realm)
    {
        var proto = realm.BooleanPrototype;
        realm.DefineConstructor("Boolean", 1, proto, (_, _, a) => Conversions.ToBoolean(a.At(0)), null);
        realm.DefineMethod(proto, "toString", 0, (r, t, _) => ThisBoolean(r, t) ? "true" : "false");
        realm.DefineMethod(proto, "valueOf", 0, (r, t, _) => ThisBoolean(r, t));
    }

    private static bool ThisBoolean(Realm realm, JsValue thisValue) => thisValue.IsBoolean
        ? thisValue.Boolean
        : Throw.TypeError<bool>(realm, "Boolean.prototype.valueOf requires that 'this' be a Boolean");
}
