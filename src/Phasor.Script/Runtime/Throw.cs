using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Phasor.Script.Runtime;

/// <summary>Throw helpers that build script errors from the <see cref="ErrorMessages"/> catalogue; kept out of hot methods.</summary>
internal static class Throw
{
    [DoesNotReturn]
    public static void Error(Realm realm, ErrorKind kind, string template, params object?[] args) =>
        throw new ScriptException(realm.CreateError(kind, Format(template, args)));

    [DoesNotReturn]
    public static void TypeError(Realm realm, string template, params object?[] args) =>
        Error(realm, ErrorKind.TypeError, template, args);

    [DoesNotReturn]
    public static void RangeError(Realm realm, string template, params object?[] args) =>
        Error(realm, ErrorKind.RangeError, template, args);

    [DoesNotReturn]
    public static void ReferenceError(Realm realm, string template, params object?[] args) =>
        Error(realm, ErrorKind.ReferenceError, template, args);

    [DoesNotReturn]
    public static void SyntaxError(Realm realm, string template, params object?[] args) =>
        Error(realm, ErrorKind.SyntaxError, template, args);

    /// <summary>Like <see cref="TypeError"/> but typed to return a value, for use in expressions.</summary>
    [DoesNotReturn]
    public static T TypeError<T>(Realm realm, string template, params object?[] args) =>
        throw new ScriptException(realm.CreateError(ErrorKind.TypeError, Format(template, args)));

    private static string Format(string template, object?[] args) =>
        args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
}
