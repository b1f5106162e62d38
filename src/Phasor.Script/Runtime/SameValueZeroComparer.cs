namespace Phasor.Script.Runtime;

/// <summary>Equality of <see cref="JsValue"/> keys by SameValueZero (NaN equals NaN, +0 equals -0), for Map and Set.</summary>
internal sealed class SameValueZeroComparer : IEqualityComparer<JsValue>
{
    public static readonly SameValueZeroComparer Instance = new();

    public bool Equals(JsValue x, JsValue y) => Operators.SameValueZero(x, y);

    public int GetHashCode(JsValue value)
    {
        if (value.IsNumber)
        {
            var n = value.Number;
            return n == 0 ? 0 : n.GetHashCode();
        }
        return value.Ref switch
        {
            null => 1,
            string s => s.GetHashCode(StringComparison.Ordinal),
            _ when value.IsBoolean => value.Boolean ? 3 : 2,
            _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value.Ref),
        };
    }
}
