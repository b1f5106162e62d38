namespace Phasor.Script.Runtime;

/// <summary>The getter/setter pair stored in the slot of an accessor property.</summary>
internal sealed class PropertyAccessor(JsFunction? getter, JsFunction? setter)
{
    public JsFunction? Getter { get; set; } = getter;

    public JsFunction? Setter { get; set; } = setter;
}
