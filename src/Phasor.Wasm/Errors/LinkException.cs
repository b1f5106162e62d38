namespace Phasor.Wasm.Errors;

/// <summary>
/// Instantiation could not resolve or type-check an import (spec 4.5.4): <c>unknown import</c>,
/// <c>incompatible import type</c>. Matches the test suite's <c>assert_unlinkable</c>.
/// </summary>
public sealed class LinkException : WasmException
{
    /// <summary>Creates the error.</summary>
    public LinkException(string message, string module, string name)
        : base(message)
    {
        ImportModule = module;
        ImportName = name;
    }

    /// <summary>Gets the module name of the import that failed.</summary>
    public string ImportModule { get; }

    /// <summary>Gets the field name of the import that failed.</summary>
    public string ImportName { get; }

    /// <summary>Gets the message with the import named.</summary>
    public override string Located => $"{Message}: \"{ImportModule}\" \"{ImportName}\"";
}
