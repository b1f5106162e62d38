namespace Phasor.Script.Diagnostics;

/// <summary>One entry of the diagnostic catalogue: an ID such as <c>PS1002</c>, a message format and a severity.</summary>
/// <param name="Id">The stable identifier users can search for.</param>
/// <param name="MessageFormat">A composite format string whose holes are filled by the diagnostic's arguments.</param>
/// <param name="Severity">Whether the diagnostic is an error or a warning.</param>
public sealed record DiagnosticDescriptor(string Id, string MessageFormat, DiagnosticSeverity Severity = DiagnosticSeverity.Error);
