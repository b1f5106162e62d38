namespace Phasor.Script.Runtime;

/// <summary>An error object (ECMAScript 20.5): own <c>message</c> and <c>stack</c>, <c>name</c> from its prototype.</summary>
internal sealed class JsError : JsObject
{
    public JsError(Shape shape)
        : base(shape)
    {
    }

    public override string ClassName => "Error";

    /// <summary>The .NET exception a host function threw, when this error stands for one (surfaces as the inner exception).</summary>
    public Exception? HostException { get; set; }

    /// <summary>"Name: message" read from data properties only (no getters run), for host-side diagnostics.</summary>
    public string Summary => Message.Length == 0 ? Name : Name + ": " + Message;

    /// <summary>The <c>name</c> when it is a string data property (own or inherited), else "Error"; runs no getter.</summary>
    public string Name => Lookup("name") is { Found: true, Slot: >= 0 } n && (n.Flags & PropertyFlags.Accessor) == 0 && n.Holder!.Slots[n.Slot].IsString
        ? n.Holder.Slots[n.Slot].String
        : "Error";

    /// <summary>The own <c>message</c> when it is a string data property, else "".</summary>
    public string Message => TryGetOwnProperty("message", out var m, out var f) && (f & PropertyFlags.Accessor) == 0 && m.IsString ? m.String : "";

    /// <summary>The <c>stack</c> string when it is an own data property, else the summary.</summary>
    public string StackText => TryGetOwnProperty("stack", out var s, out var f) && (f & PropertyFlags.Accessor) == 0 && s.IsString
        ? s.String
        : Summary;
}
