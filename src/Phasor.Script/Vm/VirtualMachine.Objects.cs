using System.Runtime.CompilerServices;
using Phasor.Script.Compiling;
using Phasor.Script.Runtime;

namespace Phasor.Script.Vm;

internal sealed partial class VirtualMachine
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private JsValue LoadGlobal(GlobalCell cell, bool throwIfMissing)
    {
        if (cell.IsDeclared)
        {
            if (cell.Value.IsHole)
            {
                ThrowHole(cell.Name);
            }

            return cell.Value;
        }

        var global = _realm.GlobalObject;
        if (ReferenceEquals(global.Shape, cell.GlobalShape))
        {
            // Built-ins such as Math, undefined and console: the global object's layout is unchanged since the last read.
            return global.Slots[cell.GlobalSlot];
        }

        var lookup = global.Lookup(cell.Name);
        if (lookup.IsCacheable && ReferenceEquals(lookup.Holder, global) && (lookup.Flags & PropertyFlags.Accessor) == 0)
        {
            cell.GlobalShape = global.Shape;
            cell.GlobalSlot = lookup.Slot;
            return global.Slots[lookup.Slot];
        }

        if (global.HasProperty(cell.Name))
        {
            return global.Get(_realm, cell.Name);
        }

        if (throwIfMissing)
        {
            Throw.ReferenceError(_realm, ErrorMessages.NotDefined, cell.Name);
        }

        return JsValue.Undefined;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StoreGlobal(GlobalCell cell, JsValue value)
    {
        if (!cell.IsDeclared)
        {
            _realm.GlobalObject.Set(_realm, cell.Name, value, throwOnFailure: true);
            return;
        }

        if (cell.Value.IsHole)
        {
            ThrowHole(cell.Name);
        }

        if (cell.IsConstant)
        {
            Throw.TypeError(_realm, ErrorMessages.ConstAssignment);
        }

        cell.Value = value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowHole(string name)
    {
        if (name == "this")
        {
            Throw.ReferenceError(_realm, ErrorMessages.ThisBeforeSuper);
        }

        Throw.ReferenceError(_realm, ErrorMessages.AccessBeforeInitialization, name);
    }

    /// <summary>The generic property read, which also fills the instruction's inline cache when the result is cacheable.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private JsValue GetNamedSlow(JsValue target, string key, PropertyCache cache)
    {
        if (key.Length == 6 && key == "length")
        {
            cache.LengthSite = true;
            // Exotic, so never cached: answer array and string lengths before the generic path.
            switch (target.Ref)
            {
                case JsArray array: return (double)array.Length;
                case string s: return s.Length;
            }
        }

        if (target.Ref is string && !_realm.StringPrototype.Shape.IsDictionary)
        {
            var prototype = _realm.StringPrototype;
            var lookup = prototype.Lookup(key);
            if (lookup.IsCacheable && (lookup.Flags & PropertyFlags.Accessor) == 0)
            {
                var entry = cache.EntryFor(prototype.Shape);
                entry.Shape = null;
                entry.GetterShape = null;
                entry.StringShape = prototype.Shape;
                entry.Holder = lookup.Holder;
                entry.Slot = lookup.Slot;
                entry.Epoch = Shape.PrototypeEpoch;
                entry.NewShape = null;
            }
        }

        if (target.Ref is JsObject o && !o.Shape.IsDictionary)
        {
            var lookup = o.Lookup(key);
            if (lookup.IsCacheable)
            {
                var entry = cache.EntryFor(o.Shape);
                entry.Epoch = Shape.PrototypeEpoch;
                entry.NewShape = null;
                entry.StringShape = null;
                if ((lookup.Flags & PropertyFlags.Accessor) == 0)
                {
                    entry.Shape = o.Shape;
                    entry.Holder = ReferenceEquals(lookup.Holder, o) ? null : lookup.Holder;
                    entry.Slot = lookup.Slot;
                    entry.GetterShape = null;
                }
                else
                {
                    entry.Shape = null;
                    entry.GetterShape = o.Shape;
                    entry.GetterHolder = ReferenceEquals(lookup.Holder, o) ? null : lookup.Holder;
                    entry.GetterSlot = lookup.Slot;
                }
            }
        }

        return MemberAccess.Get(_realm, target, key);
    }

    /// <summary>The generic property write; caches writable own data properties.</summary>
    private void SetNamedSlow(JsValue target, string key, JsValue value, PropertyCache cache)
    {
        var before = (target.Ref as JsObject)?.Shape;
        MemberAccess.Set(_realm, target, key, value, strict: true);
        if (target.Ref is JsObject o && !o.Shape.IsDictionary && o is not JsArray && before is { IsDictionary: false })
        {
            var slot = o.Shape.Find(key, out var flags);
            if (slot < 0 || (flags & (PropertyFlags.Accessor | PropertyFlags.Writable)) != PropertyFlags.Writable)
            {
                return;
            }

            if (ReferenceEquals(before, o.Shape))
            {
                var entry = cache.EntryFor(before);
                entry.Shape = o.Shape;
                entry.Holder = null;
                entry.Slot = slot;
                entry.NewShape = null;
            }
            else if (flags == PropertyFlags.Default && slot == before.SlotCount && o.Shape.SlotCount == slot + 1 && o.IsExtensible)
            {
                var entry = cache.EntryFor(before);
                entry.Shape = before;
                entry.Holder = null;
                entry.Slot = slot;
                entry.NewShape = o.Shape;
                entry.Epoch = Shape.PrototypeEpoch;
            }
        }
    }

    /// <summary><c>super.x = v</c>: a setter found from the home object's prototype runs on <c>this</c>; otherwise <c>this.x = v</c>.</summary>
    private void SetSuper(JsValue home, JsValue self, JsValue key, JsValue value)
    {
        var name = Conversions.ToPropertyKey(_realm, key);
        var lookup = (home.Ref as JsObject)?.Prototype?.Lookup(name) ?? default;
        if (lookup.Found && (lookup.Flags & PropertyFlags.Accessor) != 0 && lookup.Slot >= 0)
        {
            if (lookup.Holder!.Slots[lookup.Slot].Ref is PropertyAccessor { Setter: { } setter })
            {
                setter.Call(_realm, self, [value]);
                return;
            }
        }

        MemberAccess.Set(_realm, self, name, value, strict: true);
    }

    private void SpreadInto(JsArray array, JsValue iterable)
    {
        var iterator = Iteration.GetIterator(_realm, iterable);
        while (iterator.TryStep(_realm, out var value))
        {
            array.Push(value);
        }
    }

    private void Define(JsObject target, JsValue key, JsValue value, int flags, OpCode kind)
    {
        var name = Conversions.ToPropertyKey(_realm, key);
        var hidden = flags == 1;
        switch (kind)
        {
            case OpCode.DefineGetter:
                target.DefineAccessor(name, (JsFunction)value.Object, null, hidden ? PropertyFlags.Configurable : PropertyFlags.Configurable | PropertyFlags.Enumerable, _realm);
                break;
            case OpCode.DefineSetter:
                target.DefineAccessor(name, null, (JsFunction)value.Object, hidden ? PropertyFlags.Configurable : PropertyFlags.Configurable | PropertyFlags.Enumerable, _realm);
                break;
            default:
                target.DefineOwn(name, value, hidden ? PropertyFlags.Hidden : PropertyFlags.Default);
                break;
        }
    }

    /// <summary>Copies own enumerable properties (object spread, object rest minus the excluded keys).</summary>
    private void CopyData(JsObject target, JsValue source, ReadOnlySpan<JsValue> excluded)
    {
        switch (source.Ref)
        {
            case JsObject o:
                foreach (var key in o.OwnKeys(onlyEnumerable: true))
                {
                    if (!IsExcluded(key, excluded))
                    {
                        target.DefineOwn(key, o.Get(_realm, key));
                    }
                }

                break;
            case string s:
                for (var i = 0; i < s.Length; i++)
                {
                    target.DefineOwn(PropertyKey.IndexToString((uint)i), _realm.CharToString(s[i]));
                }

                break;
        }
    }

    private bool IsExcluded(string key, ReadOnlySpan<JsValue> excluded)
    {
        foreach (var value in excluded)
        {
            if (Conversions.ToPropertyKey(_realm, value) == key)
            {
                return true;
            }
        }

        return false;
    }

    private JsValue ForInIterator(JsValue value)
    {
        var keys = _realm.CreateArray();
        switch (value.Ref)
        {
            case JsObject o:
                return new ForInIterator(_realm, o, o.ForInKeys());
            case string s:
                for (var i = 0; i < s.Length; i++)
                {
                    keys.Push(PropertyKey.IndexToString((uint)i));
                }

                break;
        }

        return Iteration.GetIterator(_realm, keys);
    }

    private JsValue CreateClass(Chunk chunk, Environment? env, int ctorIndex, JsValue? heritage, string name, int fieldIndex)
    {
        JsObject? protoParent = _realm.ObjectPrototype;
        JsObject ctorParent = _realm.FunctionPrototype;
        JsFunction? baseClass = null;
        if (heritage is { } h)
        {
            if (h.IsNull)
            {
                protoParent = null;
            }
            else if (h.Ref is JsFunction { IsConstructor: true } parent)
            {
                baseClass = parent;
                ctorParent = parent;
                var proto = parent.Get(_realm, "prototype");
                protoParent = proto.IsNull ? null : proto.Ref as JsObject ?? Throw.TypeError<JsObject>(_realm, VmMessages.ExtendsInvalidPrototype, name, Inspector.DescribeForError(proto));
            }
            else
            {
                Throw.TypeError(_realm, VmMessages.ExtendsNotConstructor, Inspector.DescribeForError(h));
            }
        }

        var prototype = new JsObject(protoParent);
        var ctor = new Closure(ctorParent, ctorIndex < 0 ? null : chunk.Functions[ctorIndex], env, prototype, name, baseClass, heritage is { IsNull: false });
        ctor.DefineFixedPrototype(prototype);
        prototype.DefineOwn("constructor", ctor, PropertyFlags.Hidden);
        if (fieldIndex >= 0)
        {
            ctor.FieldInit = new Closure(_realm, chunk.Functions[fieldIndex], env, prototype);
        }

        return ctor;
    }
}
