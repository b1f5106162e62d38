using System.Runtime.CompilerServices;

namespace Phasor.Script.Runtime;

/// <summary>Property-key classification: which string keys are array indices (ECMAScript 6.1.7), and index strings.</summary>
internal static class PropertyKey
{
    private const int CachedIndexStrings = 1024;
    private static readonly string[] s_indexStrings = CreateIndexStrings();

    /// <summary>The largest array index, 2^32 - 2.</summary>
    public const uint MaxArrayIndex = 4294967294;

    private static string[] CreateIndexStrings()
    {
        var strings = new string[CachedIndexStrings];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = string.Intern(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return strings;
    }

    /// <summary>True when <paramref name="key"/> is the canonical decimal form of an integer in [0, 2^32 - 2].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArrayIndex(string key, out uint index)
    {
        if (key.Length == 0 || (uint)(key[0] - '0') > 9)
        {
            index = 0;
            return false;
        }
        return ParseIndex(key, out index);
    }

    private static bool ParseIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }
        ulong value = 0;
        foreach (var c in key)
        {
            var digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }
            value = (value * 10) + digit;
        }
        if (value > MaxArrayIndex)
        {
            return false;
        }
        index = (uint)value;
        return true;
    }

    /// <summary>True when the number is an integer usable as an array index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArrayIndex(double number, out uint index)
    {
        index = (uint)number;
        return index == number && index != uint.MaxValue;
    }

    public static string IndexToString(uint index) =>
        index < CachedIndexStrings ? s_indexStrings[index] : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
