using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The value properties and functions of the global object (19.1, 19.2): NaN, Infinity, parseInt, ...</summary>
internal static class GlobalFunctions
{
    public static void Install(Realm realm)
    {
        var global = realm.GlobalObject;
        global.DefineOwn("globalThis", global, PropertyFlags.Hidden);
        global.DefineOwn("NaN", double.NaN, PropertyFlags.None);
        global.DefineOwn("Infinity", double.PositiveInfinity, PropertyFlags.None);
        global.DefineOwn("undefined", JsValue.Undefined, PropertyFlags.None);
        var parseInt = realm.DefineMethod(global, "parseInt", 2, (r, _, a) =>
        {
            var text = Conversions.ToString(r, a.At(0));
            var radix = Conversions.ToInt32(r, a.At(1));
            return NumberParser.ParseInt(text, radix);
        });
        var parseFloat = realm.DefineMethod(global, "parseFloat", 1, (r, _, a) => NumberParser.ParseFloat(Conversions.ToString(r, a.At(0))));
        realm.DefineMethod(global, "isNaN", 1, (r, _, a) => double.IsNaN(Conversions.ToNumber(r, a.At(0))));
        realm.DefineMethod(global, "isFinite", 1, (r, _, a) => double.IsFinite(Conversions.ToNumber(r, a.At(0))));
        var number = (JsObject)global.Get(realm, "Number").Ref!;
        number.DefineOwn("parseInt", parseInt, PropertyFlags.Hidden);
        number.DefineOwn("parseFloat", parseFloat, PropertyFlags.Hidden);
    }
}
