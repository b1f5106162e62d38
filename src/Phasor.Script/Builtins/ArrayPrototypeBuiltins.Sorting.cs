using Phasor.Script.Runtime;

namespace Phasor.Script.Builtins;

/// <summary>Array.prototype.sort and toSorted (23.1.3.30): a stable merge sort; undefined sorts last, holes after it.</summary>
internal static partial class ArrayPrototypeBuiltins
{
    private static void InstallSorting(Realm realm, JsObject proto)
    {
        realm.DefineMethod(proto, "sort", 1, Sort);
        realm.DefineMethod(proto, "toSorted", 1, (r, t, a) =>
        {
            var copy = r.CreateArray(ArrayLike.This(r, t) is JsArray src ? src.ToArray(r) : []);
            return Sort(r, copy, a);
        });
        realm.DefineMethod(proto, "toReversed", 0, (r, t, _) =>
        {
            var items = ArrayLike.This(r, t) is JsArray src ? src.ToArray(r) : [];
            Array.Reverse(items);
            return r.CreateArray(items);
        });
    }

    private static JsValue Sort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var comparefn = args.At(0);
        if (!comparefn.IsUndefined && comparefn.Ref is not JsFunction)
        {
            return Throw.TypeError<JsValue>(realm,
                "The comparison function must be either a function or undefined");
        }
        var obj = ArrayLike.This(realm, thisValue);
        var length = ArrayLike.Length(realm, obj);
        var items = new List<JsValue>();
        long undefinedCount = 0;
        for (long i = 0; i < length; i++)
        {
            if (ArrayLike.TryGet(realm, obj, i, out var value))
            {
                if (value.IsUndefined)
                {
                    undefinedCount++;
                }
                else
                {
                    items.Add(value);
                }
            }
        }
        var sorted = SortValues(realm, items, comparefn.Ref as JsFunction);
        long k = 0;
        foreach (var value in sorted)
        {
            ArrayLike.Set(realm, obj, k++, value);
        }
        for (long u = 0; u < undefinedCount; u++)
        {
            ArrayLike.Set(realm, obj, k++, JsValue.Undefined);
        }
        for (; k < length; k++)
        {
            ArrayLike.Delete(realm, obj, k);
        }
        return obj;
    }

    /// <summary>Stable sort of defined values by the comparator, or by their ToString (UTF-16 code units) without one.</summary>
    public static JsValue[] SortValues(Realm realm, List<JsValue> items, JsFunction? comparefn)
    {
        var values = items.ToArray();
        if (comparefn is null)
        {
            var keys = values.Select(v => Conversions.ToString(realm, v)).ToArray();
            var order = Enumerable.Range(0, values.Length).ToArray();
            MergeSort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]));
            return order.Select(i => values[i]).ToArray();
        }
        var args = new JsValue[2];
        MergeSort(values, (a, b) =>
        {
            args[0] = a;
            args[1] = b;
            var result = Conversions.ToNumber(realm, comparefn.Call(realm, JsValue.Undefined, args));
            return result < 0 ? -1 : result > 0 ? 1 : 0;
        });
        return values;
    }

    private static void MergeSort<T>(T[] items, Comparison<T> compare)
    {
        if (items.Length < 2)
        {
            return;
        }
        var buffer = new T[items.Length];
        MergeSort(items, buffer, 0, items.Length, compare);
    }

    private static void MergeSort<T>(T[] items, T[] buffer, int start, int end, Comparison<T> compare)
    {
        if (end - start <= 8)
        {
            // Insertion sort for short runs: stable, and few comparator calls.
            for (var i = start + 1; i < end; i++)
            {
                var item = items[i];
                var j = i - 1;
                while (j >= start && compare(items[j], item) > 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }
                items[j + 1] = item;
            }
            return;
        }
        var middle = (start + end) / 2;
        MergeSort(items, buffer, start, middle, compare);
        MergeSort(items, buffer, middle, end, compare);
        if (compare(items[middle - 1], items[middle]) <= 0)
        {
            return;
        }
        Array.Copy(items, start, buffer, start, end - start);
        int left = start, right = middle, k = start;
        while (left < middle && right < end)
        {
            items[k++] = compare(buffer[right], buffer[left]) < 0 ? buffer[right++] : buffer[left++];
        }
        while (left < middle)
        {
            items[k++] = buffer[left++];
        }
        while (right < end)
        {
            items[k++] = buffer[right++];
        }
    }
}
