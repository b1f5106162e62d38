namespace Phasor.Script.Vm;

/// <summary>The messages the VM itself raises, worded as V8 words them where V8 has one (see also <c>ErrorMessages</c>).</summary>
internal static class VmMessages
{
    public const string SuperNotConstructor = "Super constructor {0} of anonymous class is not a constructor";
    public const string ExtendsNotConstructor = "Class extends value {0} is not a constructor or null";
    public const string ExtendsInvalidPrototype = "Class extends value {0} does not have valid prototype property {1}";
    public const string BudgetExceeded = "Script stopped: it exceeded its instruction budget of {0} steps (an endless loop?).";

    public static readonly System.Text.CompositeFormat BudgetExceededFormat = System.Text.CompositeFormat.Parse(BudgetExceeded);
    public const string Cancelled = "Script stopped: execution was cancelled.";
}
