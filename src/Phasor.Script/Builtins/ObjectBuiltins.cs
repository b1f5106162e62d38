using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>The Object constructor and Object.prototype (ECMAScript 20.1).</summary>
/// <remarks>Object.freeze is real: frozen objects refuse writes (silently, or with a TypeError in strict code).</remarks>
internal static class ObjectBuiltins
{
    public static void Install(Realm realm)
    {
        var proto = realm.ObjectPrototype;
        var ctor = realm.DefineConstructor("Object", 1, proto, Call, Construct);
        realm.ObjectConstructor = ctor;

        realm.DefineMethod(ctor, "keys", 1, (r, _, a) => ListToArray(r, OwnEnumerable(r, a.At(0)), (_, k) => k));
        realm.DefineMethod(ctor, "values", 1, (r, _, a) => ListToArray(r, OwnEnumerable(r, a.At(0)), (o, k) => o.Get(r, k)));
        realm.DefineMethod(ctor, "entries", 1, (r, _, a) =>
            ListToArray(r, OwnEnumerable(r, a.At(0)), (o, k) => r.CreateArray([k, o.Get(r, k)])));
        realm.DefineMethod(ctor, "assign", 2, Assign);
        realm.DefineMethod(ctor, "create", 2, Create);
        realm.DefineMethod(ctor, "freeze", 1, (_, _, a) => Each(a.At(0), o => o.Freeze()));
        realm.DefineMethod(ctor, "seal", 1, (_, _, a) => Each(a.At(0), o => o.Seal()));
        realm.DefineMethod(ctor, "preventExtensions", 1, (_, _, a) => Each(a.At(0), o => o.PreventExtensions()));
        realm.DefineMethod(ctor, "isFrozen", 1, (_, _, a) => a.At(0).Ref is not JsObject o || o.IsFrozen());
        realm.DefineMethod(ctor, "isSealed", 1, (_, _, a) => a.At(0).Ref is not JsObject o || o.IsSealed());
        realm.DefineMethod(ctor, "isExtensible", 1, (_, _, a) => a.At(0).Ref is JsObject o && o.IsExtensible);
        realm.DefineMethod(ctor, "getPrototypeOf", 1, GetPrototypeOf);
        realm.DefineMethod(ctor, "setPrototypeOf", 2, SetPrototypeOf);
        realm.DefineMethod(ctor, "defineProperty", 3, DefineProperty);
        realm.DefineMethod(ctor, "getOwnPropertyNames", 1, (r, _, a) =>
        {
            var o = RequireObject(r, a.At(0), "Object.getOwnPropertyNames");
            return ListToArray(r, (o, o.OwnKeys(onlyEnumerable: false)), (_, k) => k);
        });
        realm.DefineMethod(ctor, "getOwnPropertyDescriptor", 2, GetOwnPropertyDescriptor);
        realm.DefineMethod(ctor, "fromEntries", 1, FromEntries);
        realm.DefineMethod(ctor, "is", 2, (_, _, a) => Operators.SameValue(a.At(0), a.At(1)));

        realm.DefineMethod(proto, "hasOwnProperty", 1, (r, t, a) =>
            ToObject(r, t) is { } o ? o.HasOwnProperty(Conversions.ToPropertyKey(r, a.At(0))) : false);
        realm.DefineMethod(proto, "isPrototypeOf", 1, IsPrototypeOf);
        realm.DefineMethod(proto, "propertyIsEnumerable", 1, (r, t, a) => ToObject(r, t) is { } o
            && o.TryGetOwnProperty(Conversions.ToPropertyKey(r, a.At(0)), out _, out var f) && (f & PropertyFlags.Enumerable) != 0);
        realm.DefineMethod(proto, "toString", 0, (_, t, _) => ObjectToString(t));
        realm.DefineMethod(proto, "toLocaleString", 0, (r, t, _) => r.Call(MemberAccess.Get(r, t, "toString"), t, []));
        realm.DefineMethod(proto, "valueOf", 0, (r, t, _) => t.IsNullish ? Throw.TypeError<JsValue>(r, ErrorMessages.CannotConvertToObject) : t);
    }

    private static JsValue Call(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        args.At(0).IsObject ? args[0] : realm.CreateObject();

    private static JsValue Construct(Realm realm, ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        args.At(0).IsObject ? args[0] : new JsObject(realm.PrototypeFromConstructor(newTarget, realm.ObjectPrototype));

    private static JsObject? ToObject(Realm realm, JsValue value) => Conversions.ToObjectOrNull(realm, value);

    private static JsObject RequireObject(Realm realm, JsValue value, string method)
    {
        if (value.Ref is JsObject o)
        {
            return o;
        }
        if (value.IsNullish)
        {
            Throw.TypeError(realm, ErrorMessages.CannotConvertToObject);
        }
        return new JsObject(MemberAccess.PrototypeOf(realm, value));
    }

    /// <summary>Own enumerable string keys of ToObject(value); strings contribute their indices.</summary>
    private static (JsObject, List<string>) OwnEnumerable(Realm realm, JsValue value)
    {
        if (value.Ref is string s)
        {
            var holder = realm.CreateArray(s.Select(c => (JsValue)realm.CharToString(c)).ToArray());
            return (holder, holder.OwnKeys(onlyEnumerable: true));
        }
        var obj = RequireObject(realm, value, "");
        return (obj, obj.OwnKeys(onlyEnumerable: true));
    }

    private static JsValue ListToArray(Realm realm, (JsObject Obj, List<string> Keys) source, Func<JsObject, string, JsValue> map)
    {
        var array = realm.CreateArray(source.Keys.Count);
        foreach (var key in source.Keys)
        {
            array.Push(map(source.Obj, key));
        }
        return array;
    }

    private static JsValue Each(JsValue value, Action<JsObject> action)
    {
        if (value.Ref is JsObject o)
        {
            action(o);
        }
        return value;
    }

    private static JsValue Assign(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var target = RequireObject(realm, args.At(0), "Object.assign");
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].IsNullish)
            {
                continue;
            }
            var (source, keys) = OwnEnumerable(realm, args[i]);
            foreach (var key in keys)
            {
                target.Set(realm, key, source.Get(realm, key), throwOnFailure: true);
            }
        }
        return target;
    }

    private static JsValue Create(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var proto = args.At(0);
        if (!proto.IsObject && !proto.IsNull)
        {
            Throw.TypeError(realm, ErrorMessages.InvalidPrototype, Conversions.PrimitiveToString(proto));
        }
        var obj = new JsObject(proto.Ref as JsObject);
        if (args.At(1).Ref is JsObject properties)
        {
            DefineProperties(realm, obj, properties);
        }
        return obj;
    }

    private static void DefineProperties(Realm realm, JsObject target, JsObject properties)
    {
        foreach (var key in properties.OwnKeys(onlyEnumerable: true))
        {
            DefineFromDescriptor(realm, target, key, properties.Get(realm, key));
        }
    }

    private static JsValue GetPrototypeOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = RequireObject(realm, args.At(0), "Object.getPrototypeOf");
        return obj.Prototype is { } p ? p : JsValue.Null;
    }

    private static JsValue SetPrototypeOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var proto = args.At(1);
        if (!proto.IsObject && !proto.IsNull)
        {
            Throw.TypeError(realm, ErrorMessages.InvalidPrototype, Conversions.PrimitiveToString(proto));
        }
        if (args.At(0).Ref is JsObject obj)
        {
            obj.SetPrototype(proto.Ref as JsObject);
        }
        return args.At(0);
    }

    private static JsValue DefineProperty(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.At(0).Ref is not JsObject obj)
        {
            return Throw.TypeError<JsValue>(realm, ErrorMessages.CalledOnNonObject, "Object.defineProperty");
        }
        DefineFromDescriptor(realm, obj, Conversions.ToPropertyKey(realm, args.At(1)), args.At(2));
        return obj;
    }

    /// <summary>[[DefineOwnProperty]] from a descriptor object: absent attributes default to false for new properties
    /// and keep their value for existing ones; a non-configurable property refuses the changes the specification
    /// refuses (<see cref="RequireCompatible"/>).</summary>
    private static void DefineFromDescriptor(Realm realm, JsObject obj, string key, JsValue descriptorValue)
    {
        if (descriptorValue.Ref is not JsObject descriptor)
        {
            Throw.TypeError(realm, ErrorMessages.PropertyDescriptorNotObject, Conversions.ToString(realm, descriptorValue));
            return;
        }
        var exists = obj.TryGetOwnProperty(key, out var current, out var currentFlags);
        if (exists && (currentFlags & PropertyFlags.Configurable) == 0)
        {
            RequireCompatible(realm, key, current, currentFlags, descriptor);
        }

        PropertyFlags Flag(string name, PropertyFlags flag) =>
            descriptor.HasProperty(name) ? (Conversions.ToBoolean(descriptor.Get(realm, name)) ? flag : 0) : currentFlags & flag;
        var flags = Flag("enumerable", PropertyFlags.Enumerable) | Flag("configurable", PropertyFlags.Configurable);
        if (descriptor.HasProperty("get") || descriptor.HasProperty("set"))
        {
            obj.DefineAccessor(key, descriptor.Get(realm, "get").Ref as JsFunction, descriptor.Get(realm, "set").Ref as JsFunction, flags, realm);
            return;
        }
        flags |= Flag("writable", PropertyFlags.Writable);
        var value = descriptor.HasProperty("value") ? descriptor.Get(realm, "value") : (exists ? current : default);
        if (obj is JsArray array && key == "length")
        {
            array.SetLength(realm, value, throwOnFailure: true);
            return;
        }
        obj.DefineOwn(key, value, flags);
    }

    /// <summary>
    /// The refusals of ValidateAndApplyPropertyDescriptor (10.1.6.3, steps 5-7) for an existing non-configurable
    /// property: a TypeError when the descriptor would make it configurable, change its enumerability or its kind,
    /// make a read-only data property writable or change its value, or replace an accessor's functions.
    /// </summary>
    /// <remarks>What lets <see cref="JsFunction.FixedPrototype"/> rely on a class's <c>prototype</c> never changing.</remarks>
    private static void RequireCompatible(Realm realm, string key, JsValue current, PropertyFlags currentFlags, JsObject descriptor)
    {
        bool Has(string name) => descriptor.HasProperty(name);
        bool IsTrue(string name) => Conversions.ToBoolean(descriptor.Get(realm, name));
        var refused = (Has("configurable") && IsTrue("configurable"))
            || (Has("enumerable") && IsTrue("enumerable") != ((currentFlags & PropertyFlags.Enumerable) != 0));
        if ((currentFlags & PropertyFlags.Accessor) != 0)
        {
            var accessor = (PropertyAccessor)current.Ref!;
            refused |= Has("value") || Has("writable")
                || (Has("get") && !ReferenceEquals(descriptor.Get(realm, "get").Ref, accessor.Getter))
                || (Has("set") && !ReferenceEquals(descriptor.Get(realm, "set").Ref, accessor.Setter));
        }
        else
        {
            refused |= Has("get") || Has("set");
            if ((currentFlags & PropertyFlags.Writable) == 0)
            {
                refused |= (Has("writable") && IsTrue("writable")) || (Has("value") && !Operators.SameValue(descriptor.Get(realm, "value"), current));
            }
        }

        if (refused)
        {
            Throw.TypeError(realm, ErrorMessages.CannotRedefine, key);
        }
    }

    private static JsValue GetOwnPropertyDescriptor(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var obj = RequireObject(realm, args.At(0), "Object.getOwnPropertyDescriptor");
        if (!obj.TryGetOwnProperty(Conversions.ToPropertyKey(realm, args.At(1)), out var value, out var flags))
        {
            return JsValue.Undefined;
        }
        var result = realm.CreateObject();
        if ((flags & PropertyFlags.Accessor) != 0)
        {
            var accessor = (PropertyAccessor)value.Ref!;
            result.Set(realm, "get", accessor.Getter is { } g ? g : JsValue.Undefined);
            result.Set(realm, "set", accessor.Setter is { } s ? s : JsValue.Undefined);
        }
        else
        {
            result.Set(realm, "value", value);
            result.Set(realm, "writable", (flags & PropertyFlags.Writable) != 0);
        }
        result.Set(realm, "enumerable", (flags & PropertyFlags.Enumerable) != 0);
        result.Set(realm, "configurable", (flags & PropertyFlags.Configurable) != 0);
        return result;
    }

    private static JsValue FromEntries(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var result = realm.CreateObject();
        foreach (var entry in Iteration.ToList(realm, args.At(0)))
        {
            if (!entry.IsObject)
            {
                Throw.TypeError(realm, ErrorMessages.IteratorValueNotEntry, Conversions.ToString(realm, entry));
            }
            var key = MemberAccess.GetIndex(realm, entry, 0);
            result.DefineOwn(Conversions.ToPropertyKey(realm, key), MemberAccess.GetIndex(realm, entry, 1));
        }
        return result;
    }

    private static JsValue IsPrototypeOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.At(0).Ref is not JsObject v || thisValue.Ref is not JsObject proto)
        {
            return false;
        }
        for (var o = v.Prototype; o is not null; o = o.Prototype)
        {
            if (ReferenceEquals(o, proto))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Object.prototype.toString (20.1.3.6) without Symbol.toStringTag beyond the built-in classes.</summary>
    public static string ObjectToString(JsValue value) => value.Ref switch
    {
        null => "[object Undefined]",
        string => "[object String]",
        JsArray => "[object Array]",
        JsFunction => "[object Function]",
        JsError => "[object Error]",
        JsMap => "[object Map]",
        JsSet => "[object Set]",
        JsIterator or NamedObject => "[object " + ((JsObject)value.Ref).ClassName + "]",
        JsObject => "[object Object]",
        _ when value.IsNull => "[object Null]",
        _ when value.IsNumber => "[object Number]",
        _ => "[object Boolean]",
    };
}
