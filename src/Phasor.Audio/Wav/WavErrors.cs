namespace Phasor.Audio.Wav;

/// <summary>Every message <see cref="WavFile.Read"/> rejects a malformed file with, each naming the byte offset where it went wrong.</summary>
internal static class WavErrors
{
    public static InvalidDataException NotRiffWave(long offset) =>
        new($"not a RIFF/WAVE file: expected 'RIFF' and 'WAVE' at byte {offset}.");

    public static InvalidDataException ChunkHeaderTruncated(long offset) =>
        new($"chunk header truncated at byte {offset}.");

    public static InvalidDataException ChunkTruncated(string id, long offset, long declared, long present) =>
        new($"{id} chunk truncated at byte {offset}: {declared} bytes declared, {present} present.");

    public static InvalidDataException FmtMissing(long offset) =>
        new($"fmt chunk missing: reached byte {offset} without one.");

    public static InvalidDataException FmtMissingBeforeData(long offset) =>
        new($"fmt chunk missing before the data chunk at byte {offset}.");

    public static InvalidDataException DataMissing(long offset) =>
        new($"data chunk missing: reached the end of the file at byte {offset}.");

    public static InvalidDataException FmtSize(long offset, long size) =>
        new($"fmt chunk at byte {offset} has an invalid size of {size} bytes.");

    public static InvalidDataException UnsupportedTag(long offset, int tag) =>
        new($"unsupported format tag 0x{tag:X4} at byte {offset}: only PCM (1), IEEE float (3) and extensible (0xFFFE) are read.");

    public static InvalidDataException UnsupportedSubFormat(long offset) =>
        new($"unsupported extensible sub-format GUID at byte {offset}: only PCM and IEEE float are read.");

    public static InvalidDataException UnsupportedBits(long offset, int bits, bool isFloat) =>
        new($"unsupported sample size of {bits} bits for {(isFloat ? "IEEE float" : "PCM")} at byte {offset}.");

    public static InvalidDataException BadField(long offset, string field, long value) =>
        new($"invalid {field} {value} at byte {offset}.");

    public static InvalidDataException BlockAlign(long offset, int blockAlign, int expected) =>
        new($"block align {blockAlign} at byte {offset} does not match channels × bytes per sample ({expected}).");

    public static InvalidDataException PartialFrame(long offset, long size, int blockAlign) =>
        new($"data chunk at byte {offset} holds {size} bytes, not a whole number of {blockAlign}-byte frames.");

    public static InvalidDataException TooLarge(long offset, long samples) =>
        new($"data chunk at byte {offset} holds {samples} samples, more than one array can hold.");
}
