namespace Phasor.Script.Hosting;

/// <summary>The messages of errors the host API raises in script, worded as browsers word them for their host objects.</summary>
internal static class HostMessages
{
    public const string IllegalConstructor = "Illegal constructor";
    public const string IllegalInvocation = "Illegal invocation";
    public const string ParameterType = "parameter {0} is not of type '{1}'.";
    public const string OtherEngine = "The value belongs to another engine; objects cannot be shared between engines.";
    public const string WrongThread = "The engine is in use on another thread; an engine runs on one thread at a time.";
    public const string EvaluateWhileRunning = "Evaluate cannot be called while the engine is running script (from a host function); call a function value instead.";
    public const string OutOfMemory = "Script stopped: the process ran out of memory.";
}
