using Phasor.Wasm.Binary;
using Phasor.Wasm.Errors;

namespace Phasor.Wasm.Tests.Binary;

public sealed class WasmReaderTests
{
    [Theory]
    [InlineData(new byte[] { 0x00 }, 0u)]
    [InlineData(new byte[] { 0x7F }, 127u)]
    [InlineData(new byte[] { 0x80, 0x01 }, 128u)]
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x00 }, 0u)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F }, uint.MaxValue)]
    public void ReadVarU32_DecodesUpToFiveBytes(byte[] bytes, uint expected)
    {
        var reader = new WasmReader(bytes);
        Assert.Equal(expected, reader.ReadVarU32());
        Assert.True(reader.AtEnd);
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x00 }, "integer representation too long")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x1F }, "integer too large")]
    [InlineData(new byte[] { 0x80 }, "unexpected end")]
    public void ReadVarU32_RejectsAsTheSpecWordsIt(byte[] bytes, string message)
    {
        var e = Assert.Throws<MalformedModuleException>(() => new WasmReader(bytes).ReadVarU32());
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F }, -1)]
    [InlineData(new byte[] { 0x3F }, 63)]
    [InlineData(new byte[] { 0x40 }, -64)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x07 }, int.MaxValue)]
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x78 }, int.MinValue)]
    public void ReadVarS32_SignExtends(byte[] bytes, int expected) => Assert.Equal(expected, new WasmReader(bytes).ReadVarS32());

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })] // bit 31 set, unused bits clear: not a sign extension
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x70 })] // unused bits set, sign bit clear
    public void ReadVarS32_RejectsUnusedBitsThatDoNotExtendTheSign(byte[] bytes)
    {
        var e = Assert.Throws<MalformedModuleException>(() => new WasmReader(bytes).ReadVarS32());
        Assert.Equal("integer too large", e.Message);
    }

    [Fact]
    public void ReadVarS64_DecodesExtremes()
    {
        byte[] min = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F];
        byte[] max = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00];
        Assert.Equal(long.MinValue, new WasmReader(min).ReadVarS64());
        Assert.Equal(long.MaxValue, new WasmReader(max).ReadVarS64());
    }

    [Fact]
    public void ReadName_RejectsInvalidUtf8WithItsOffset()
    {
        byte[] bytes = [0x00, 0x02, 0xC0, 0x80];
        var reader = new WasmReader(bytes, baseOffset: 100);
        reader.ReadByte();
        try
        {
            reader.ReadName();
            Assert.Fail("expected a malformed-module error");
        }
        catch (MalformedModuleException e)
        {
            Assert.Equal("malformed UTF-8 encoding", e.Message);
            Assert.Equal(102, e.Offset);
        }
    }

    [Fact]
    public void BoundedReader_SaysEndOfSection()
    {
        var e = Assert.Throws<MalformedModuleException>(() => new WasmReader([], 10, bounded: true).ReadByte());
        Assert.Equal("unexpected end of section or function", e.Message);
        Assert.Equal(10, e.Offset);
    }
}
