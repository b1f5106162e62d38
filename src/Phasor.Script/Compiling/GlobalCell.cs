using Phasor.Script.Runtime;

namespace Phasor.Script.Compiling;

/// <summary>The storage of one global name, shared by every chunk of an engine so later cells see earlier declarations.</summary>
/// <remarks>An undeclared cell falls back to the realm's global object (built-ins such as <c>console</c>, host registrations).</remarks>
internal sealed class GlobalCell(string name)
{
    public string Name { get; } = name;

    public bool IsDeclared;

    public bool IsConstant;

    public JsValue Value;

    /// <summary>For an undeclared cell, the global object's shape when the name was last found there as a data property (an inline cache), or null.</summary>
    public Shape? GlobalShape;

    /// <summary>The slot of that data property in the global object.</summary>
    public int GlobalSlot;
}
