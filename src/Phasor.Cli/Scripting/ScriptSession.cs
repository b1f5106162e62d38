using System.Globalization;
using Phasor.Cli.CommandLine;
using Phasor.Cli.Terminal;
using Phasor.Script.Hosting;

namespace Phasor.Cli.Scripting;

/// <summary>
/// One script engine as the CLI runs it: console output to the context's streams, a <c>process</c> global, the
/// budget and timeout of each evaluation, and Ctrl+C stopping the running evaluation.
/// </summary>
internal sealed class ScriptSession
{
    private readonly ScriptEngine _engine;
    private readonly ScriptLimits _limits;
    private readonly IInterruptSource _interrupts;
    private int _interrupted;

    /// <summary>Creates the engine; <paramref name="argv"/> becomes <c>process.argv</c>.</summary>
    public ScriptSession(CliContext context, ScriptLimits limits, IReadOnlyList<string> argv)
    {
        _engine = new ScriptEngine(context.Out, context.Err) { InstructionBudget = limits.Budget };
        _limits = limits;
        _interrupts = context.Interrupts;
        ProcessGlobal.Install(_engine, argv);
    }

    /// <summary>The exit code the script left in <c>process.exitCode</c> (0 if none).</summary>
    public int ExitCodeSetByScript => ProcessGlobal.ReadExitCode(_engine);

    /// <summary>Parses, compiles and runs <paramref name="source"/> in this session's engine.</summary>
    public ScriptOutcome Evaluate(string source, string fileName)
    {
        using var cancellation = new CancellationTokenSource();
        if (_limits.Timeout is { } timeout)
        {
            cancellation.CancelAfter(timeout);
        }

        Volatile.Write(ref _interrupted, 0);
        ScriptResult result;
        using (_interrupts.Trap(() => Interrupt(cancellation)))
        {
            try
            {
                result = _engine.Evaluate(source, fileName, cancellation.Token);
            }
            catch (ProcessExitException e)
            {
                return new ScriptOutcome(ScriptOutcomeKind.Exited, null, null, e.Code);
            }
        }

        return Classify(result, cancellation.IsCancellationRequested);
    }

    private void Interrupt(CancellationTokenSource cancellation)
    {
        Volatile.Write(ref _interrupted, 1);
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The evaluation ended between the key press and this call: there is nothing left to stop.
        }
    }

    private ScriptOutcome Classify(ScriptResult result, bool cancelled)
    {
        if (result.Success)
        {
            return new ScriptOutcome(ScriptOutcomeKind.Completed, result, null, ExitCodes.Ok);
        }

        if (result.ErrorName == "SyntaxError" && !result.Error!.StartsWith("Uncaught ", StringComparison.Ordinal))
        {
            return new ScriptOutcome(ScriptOutcomeKind.CompileError, result, null, ExitCodes.UserError);
        }

        // The engine reports a stop as ErrorName "Interrupted" with a plain message; an uncaught script error
        // always starts with "Uncaught ", so a script's own class named Interrupted is not mistaken for one.
        if (result.ErrorName != "Interrupted" || result.Error!.StartsWith("Uncaught ", StringComparison.Ordinal))
        {
            return new ScriptOutcome(ScriptOutcomeKind.RuntimeError, result, null, ExitCodes.UserError);
        }

        if (Volatile.Read(ref _interrupted) == 1)
        {
            return new ScriptOutcome(ScriptOutcomeKind.Stopped, result, "Script stopped: interrupted (Ctrl+C).", ExitCodes.Interrupted);
        }

        var message = cancelled && _limits.Timeout is { } timeout
            ? $"Script stopped: it ran longer than its --timeout of {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s."
            : result.Error + " Raise the limit with --budget N.";
        return new ScriptOutcome(ScriptOutcomeKind.Stopped, result, message, ExitCodes.UserError);
    }
}
