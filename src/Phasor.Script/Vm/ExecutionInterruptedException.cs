namespace Phasor.Script.Vm;

/// <summary>Stops a script that ran out of its instruction budget or was cancelled; scripts cannot catch it.</summary>
public sealed class ExecutionInterruptedException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public ExecutionInterruptedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public ExecutionInterruptedException()
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ExecutionInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
