using System.Globalization;

namespace Phasor.Script.Runtime;

/// <summary>Stops a script that grew the heap past the engine's limit; not a script exception, so scripts cannot catch it.</summary>
internal sealed class HeapLimitExceededException : Exception
{
    public HeapLimitExceededException(long limit)
        : base(Describe(limit))
    {
        Limit = limit;
    }

    public HeapLimitExceededException()
    {
    }

    public HeapLimitExceededException(string message)
        : base(message)
    {
    }

    public HeapLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The limit in bytes that was exceeded.</summary>
    public long Limit { get; }

    /// <summary>"Script stopped: it exceeded the heap limit of 64 MB." (whole megabytes when the limit is one).</summary>
    public static string Describe(long limit)
    {
        var size = limit % (1 << 20) == 0
            ? (limit >> 20).ToString(CultureInfo.InvariantCulture) + " MB"
            : limit.ToString(CultureInfo.InvariantCulture) + " bytes";
        return "Script stopped: it exceeded the heap limit of " + size + ".";
    }
}
