using System.Buffers.Binary;

namespace Phasor.Audio.Wav;

/// <summary>
/// Streams interleaved float samples into a WAV file: 16- or 24-bit PCM (clipped to ±1, rounded to nearest, scaled
/// symmetrically by 2^(bits−1) − 1) or 32-bit float (format tag 3 with a <c>fact</c> chunk). The header is written
/// at once with placeholder sizes, which <see cref="Finish"/> patches when the stream can seek; on a stream that
/// cannot, they stay at 0xFFFFFFFF, which readers (this one, sox, ffmpeg) take as "until the end of the file".
/// Not thread-safe; one writer per stream.
/// </summary>
public sealed class WavWriter : IDisposable
{
    private const uint Unknown = uint.MaxValue;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly long _start;
    private readonly int _headerLength;
    private readonly int _bytesPerSample;
    private byte[] _buffer = [];
    private long _dataBytes;
    private bool _finished;
    private bool _disposed;

    /// <summary>Starts a file on <paramref name="stream"/> at its current position and writes the header.</summary>
    public WavWriter(Stream stream, int sampleRate, int channels, WavSampleFormat format, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, 1024);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown sample format.");
        }

        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(stream));
        }

        _stream = stream;
        _leaveOpen = leaveOpen;
        SampleRate = sampleRate;
        Channels = channels;
        Format = format;
        _bytesPerSample = format switch { WavSampleFormat.Pcm16 => 2, WavSampleFormat.Pcm24 => 3, _ => 4 };
        _start = stream.CanSeek ? stream.Position : 0;
        Span<byte> header = stackalloc byte[64];
        _headerLength = WriteHeader(header, Unknown, Unknown);
        stream.Write(header[.._headerLength]);
    }

    /// <summary>Frames per second written in the header.</summary>
    public int SampleRate { get; }

    /// <summary>Samples per frame.</summary>
    public int Channels { get; }

    /// <summary>How samples are stored.</summary>
    public WavSampleFormat Format { get; }

    /// <summary>Frames written so far.</summary>
    public long FramesWritten => _dataBytes / (_bytesPerSample * Channels);

    /// <summary>
    /// Appends whole frames of interleaved samples (length a multiple of <see cref="Channels"/>).
    /// Allocates only when a call is larger than every earlier one.
    /// </summary>
    public void WriteInterleaved(ReadOnlySpan<float> samples)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_finished)
        {
            throw new InvalidOperationException("The WAV file is finished; no more samples can be written.");
        }

        if (samples.Length % Channels != 0)
        {
            throw new ArgumentException($"{samples.Length} samples is not a whole number of {Channels}-channel frames.", nameof(samples));
        }

        var bytes = (long)samples.Length * _bytesPerSample;
        if (_headerLength + _dataBytes + bytes + 1 - 8 > uint.MaxValue)
        {
            throw new InvalidOperationException("A WAV file holds at most 4 GiB; this write would exceed that.");
        }

        if (_buffer.Length < bytes)
        {
            _buffer = new byte[bytes];
        }

        var buffer = _buffer.AsSpan(0, (int)bytes);
        Encode(samples, buffer);
        _stream.Write(buffer);
        _dataBytes += bytes;
    }

    /// <summary>Ends the data (adding its pad byte when odd), patches the sizes if the stream can seek, and flushes. Idempotent.</summary>
    public void Finish()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_finished)
        {
            return;
        }

        _finished = true;
        if ((_dataBytes & 1) != 0)
        {
            _stream.WriteByte(0);
        }

        if (_stream.CanSeek)
        {
            var end = _stream.Position;
            var riffSize = (uint)(_headerLength - 8 + _dataBytes + (_dataBytes & 1));
            Span<byte> header = stackalloc byte[64];
            WriteHeader(header, riffSize, (uint)_dataBytes);
            _stream.Seek(_start, SeekOrigin.Begin);
            _stream.Write(header[.._headerLength]);
            _stream.Seek(end, SeekOrigin.Begin);
        }

        _stream.Flush();
    }

    /// <summary>Finishes the file and closes the stream unless it was to be left open.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            Finish();
        }
        finally
        {
            _disposed = true;
            if (!_leaveOpen)
            {
                _stream.Dispose();
            }
        }
    }

    /// <summary>Writes RIFF, fmt (and fact for float) and the data chunk header; returns the header length (44 or 58).</summary>
    private int WriteHeader(Span<byte> h, uint riffSize, uint dataSize)
    {
        var isFloat = Format == WavSampleFormat.Float32;
        var blockAlign = Channels * _bytesPerSample;
        "RIFF"u8.CopyTo(h);
        BinaryPrimitives.WriteUInt32LittleEndian(h[4..], riffSize);
        "WAVE"u8.CopyTo(h[8..]);
        "fmt "u8.CopyTo(h[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], isFloat ? 18u : 16u);
        BinaryPrimitives.WriteUInt16LittleEndian(h[20..], (ushort)(isFloat ? WavFormat.FloatTag : WavFormat.PcmTag));
        BinaryPrimitives.WriteUInt16LittleEndian(h[22..], (ushort)Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(h[24..], (uint)SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(h[28..], (uint)((long)SampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(h[32..], (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(h[34..], (ushort)(_bytesPerSample * 8));
        var p = 36;
        if (isFloat)
        {
            // Non-PCM formats carry cbSize and, per the RIFF spec, a fact chunk with the frame count.
            BinaryPrimitives.WriteUInt16LittleEndian(h[36..], 0);
            "fact"u8.CopyTo(h[38..]);
            BinaryPrimitives.WriteUInt32LittleEndian(h[42..], 4);
            BinaryPrimitives.WriteUInt32LittleEndian(h[46..], dataSize == Unknown ? Unknown : (uint)FramesWritten);
            p = 50;
        }

        "data"u8.CopyTo(h[p..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[(p + 4)..], dataSize);
        return p + 8;
    }

    private void Encode(ReadOnlySpan<float> samples, Span<byte> bytes)
    {
        switch (Format)
        {
            case WavSampleFormat.Pcm16:
                for (var i = 0; i < samples.Length; i++)
                {
                    BinaryPrimitives.WriteInt16LittleEndian(bytes[(2 * i)..], (short)Quantize(samples[i], 32767.0));
                }

                break;
            case WavSampleFormat.Pcm24:
                for (var i = 0; i < samples.Length; i++)
                {
                    var code = Quantize(samples[i], 8388607.0);
                    bytes[3 * i] = (byte)code;
                    bytes[(3 * i) + 1] = (byte)(code >> 8);
                    bytes[(3 * i) + 2] = (byte)(code >> 16);
                }

                break;
            default:
                for (var i = 0; i < samples.Length; i++)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(bytes[(4 * i)..], samples[i]);
                }

                break;
        }
    }

    /// <summary>Clips to ±1 (NaN becomes silence) and rounds to the nearest code, halves away from zero.</summary>
    private static int Quantize(float sample, double fullScale)
    {
        double x = float.IsNaN(sample) ? 0f : Math.Clamp(sample, -1f, 1f);
        return (int)Math.Round(x * fullScale, MidpointRounding.AwayFromZero);
    }
}
