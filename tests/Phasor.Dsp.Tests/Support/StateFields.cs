using System.Reflection;

namespace Phasor.Dsp.Tests.Support;

/// <summary>The number fields of a state struct, nested structs included, read by reflection (most are internal).</summary>
internal static class StateFields
{
    /// <summary>Every number field of <paramref name="state"/> as a path and its bits.</summary>
    public static IEnumerable<(string Path, long Bits)> Read(object state, string prefix = "")
    {
        foreach (var field in state.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            var value = field.GetValue(state)!;
            var path = prefix + field.Name;
            switch (value)
            {
                case double d: yield return (path, BitConverter.DoubleToInt64Bits(d)); break;
                case float f: yield return (path, BitConverter.SingleToInt32Bits(f)); break;
                case int i: yield return (path, i); break;
                case long n: yield return (path, n); break;
                case uint u: yield return (path, u); break;
                case ulong u: yield return (path, (long)u); break;
                default:
                    foreach (var inner in Read(value, path + "."))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>Fields and values, for failure messages.</summary>
    public static string Describe(object state) =>
        string.Join(", ", state.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(f => $"{f.Name}={Format(f.GetValue(state))}"));

    /// <summary>The paths of the fields whose bits differ.</summary>
    public static string[] Differences(object a, object b) =>
        Read(a).Zip(Read(b)).Where(p => p.First.Bits != p.Second.Bits).Select(p => p.First.Path).ToArray();

    private static string Format(object? value) => value switch
    {
        double d => d.ToString("R"),
        float f => f.ToString("R"),
        int or long or uint or ulong => value.ToString()!,
        null => "null",
        _ => "{" + Describe(value) + "}",
    };
}
