using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The console object: log/info/debug to <see cref="Realm.Out"/>, error/warn to <see cref="Realm.ErrorOut"/>.</summary>
internal static class ConsoleBuiltins
{
    public static void Install(Realm realm)
    {
        var console = new NamedObject(realm.ObjectPrototype, "console");
        realm.GlobalObject.DefineOwn("console", console, PropertyFlags.Hidden);
        foreach (var name in new[] { "log", "info", "debug" })
        {
            realm.DefineMethod(console, name, 0, (r, _, a) => Write(r.Out, r, a));
        }
        foreach (var name in new[] { "error", "warn" })
        {
            realm.DefineMethod(console, name, 0, (r, _, a) => Write(r.ErrorOut, r, a));
        }
    }

    private static JsValue Write(TextWriter writer, Realm realm, ReadOnlySpan<JsValue> args)
    {
        writer.Write(Inspector.FormatLogArguments(realm, args));
        writer.Write('\n');
        return JsValue.Undefined;
    }
}
