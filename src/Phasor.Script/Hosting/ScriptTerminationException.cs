namespace Phasor.Script.Hosting;

/// <summary>
/// The base of exceptions host code throws to end an evaluation at once (a <c>process.exit</c>, a host shutting a cell
/// down): unlike other exceptions from host functions it does not become a script error, so no script <c>catch</c> or
/// <c>finally</c> runs, and it reaches the embedder's <see cref="ScriptEngine.Evaluate"/> or call as it was thrown.
/// </summary>
public abstract class ScriptTerminationException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    protected ScriptTerminationException(string message)
        : base(message)
    {
    }
}
