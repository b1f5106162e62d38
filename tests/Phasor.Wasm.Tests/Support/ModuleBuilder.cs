using System.Text;

namespace Phasor.Wasm.Tests.Support;

/// <summary>A test-only assembler of module bytes: the header, then sections given as their contents.</summary>
internal sealed class ModuleBuilder
{
    private readonly List<byte> _bytes = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00];

    /// <summary>Appends a section: id, LEB128 size, contents.</summary>
    public ModuleBuilder Section(byte id, params byte[] content)
    {
        _bytes.Add(id);
        _bytes.AddRange(Leb(content.Length));
        _bytes.AddRange(content);
        return this;
    }

    /// <summary>Appends raw bytes (to build malformed modules).</summary>
    public ModuleBuilder Raw(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    /// <summary>Appends a type section of <c>[] -&gt; []</c>, a function section, and a code section of encoded bodies (see <see cref="Body(byte[])"/>).</summary>
    public ModuleBuilder Functions(params byte[][] bodies)
    {
        Section(1, Vec([0x60, 0x00, 0x00]));
        Section(3, Vec([.. bodies.Select(_ => new byte[] { 0x00 })]));
        return Section(10, Vec(bodies));
    }

    /// <summary>Gets the module's bytes.</summary>
    public byte[] Build() => [.. _bytes];

    /// <summary>Encodes an unsigned LEB128.</summary>
    public static byte[] Leb(long value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value != 0 ? (byte)(b | 0x80) : b);
        }
        while (value != 0);
        return [.. bytes];
    }

    /// <summary>Encodes a vector: the count, then the entries.</summary>
    public static byte[] Vec(params byte[][] items) => [.. Leb(items.Length), .. items.SelectMany(i => i)];

    /// <summary>Encodes a name: length, then UTF-8.</summary>
    public static byte[] Name(string name)
    {
        var utf8 = Encoding.UTF8.GetBytes(name);
        return [.. Leb(utf8.Length), .. utf8];
    }

    /// <summary>Encodes a function body without locals: size, no local groups, the code (which must end with 0x0B).</summary>
    public static byte[] Body(byte[] code) => [.. Leb(code.Length + 1), 0x00, .. code];

    /// <summary>Encodes a function body with local groups (count, type) and code.</summary>
    public static byte[] Body((uint Count, byte Type)[] locals, byte[] code)
    {
        byte[] content = [.. Leb(locals.Length), .. locals.SelectMany(l => Leb(l.Count).Append(l.Type)), .. code];
        return [.. Leb(content.Length), .. content];
    }
}
