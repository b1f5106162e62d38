namespace Phasor.Graph.Diagnostics;

/// <summary>Every error a patch can have, in one list, so ids stay stable and wording stays consistent.</summary>
public static class PatchErrors
{
    /// <summary>The text is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor JsonSyntax = new("PH1001", "invalid JSON: {0}");

    /// <summary>A value has the wrong JSON type.</summary>
    public static readonly DiagnosticDescriptor WrongJsonType = new("PH1002", "{0} must be {1}, found {2}");

    /// <summary>A top-level or node property nobody reads.</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = new("PH1003", "unknown property '{0}'{1}");

    /// <summary>A required property is missing.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = new("PH1004", "missing property '{0}'");

    /// <summary>The format version is not one this build reads.</summary>
    public static readonly DiagnosticDescriptor UnsupportedVersion = new("PH1005", "unsupported patch version {0}; this build reads version 1");

    /// <summary>No node type with that name.</summary>
    public static readonly DiagnosticDescriptor UnknownNodeType = new("PH1010", "unknown node type '{0}'{1}");

    /// <summary>Two nodes share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new("PH1011", "duplicate node id '{0}' (first defined at {1})");

    /// <summary>An id that is empty or has characters references cannot spell.</summary>
    public static readonly DiagnosticDescriptor InvalidId = new("PH1012", "invalid node id '{0}': use letters, digits, '_' and '-', starting with a letter or '_'");

    /// <summary>A node property that is neither a port nor a parameter of its type.</summary>
    public static readonly DiagnosticDescriptor UnknownPortOrParam = new("PH1013", "node '{0}' ({1}) has no input or parameter '{2}'{3}");

    /// <summary>A connection from a node that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownSourceNode = new("PH1014", "no node '{0}' to connect from{1}");

    /// <summary>A connection from an output the node does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownOutputPort = new("PH1015", "node '{0}' ({1}) has no output '{2}'; its outputs are {3}");

    /// <summary>An audio-rate signal into a port read once per block.</summary>
    public static readonly DiagnosticDescriptor WrongRate = new("PH1016", "'{0}.{1}' is read once per block (control rate); it cannot take the audio-rate output '{2}': set it to a number");

    /// <summary>A constant outside the declared range.</summary>
    public static readonly DiagnosticDescriptor OutOfRange = new("PH1017", "{0} = {1} is out of range [{2}, {3}]{4}");

    /// <summary>A required input left unconnected.</summary>
    public static readonly DiagnosticDescriptor MissingInput = new("PH1018", "node '{0}' ({1}) needs its input '{2}' connected or set");

    /// <summary>A required parameter left unset.</summary>
    public static readonly DiagnosticDescriptor MissingParam = new("PH1019", "node '{0}' ({1}) needs its parameter '{2}'");

    /// <summary>A loop with no delay in it cannot be computed.</summary>
    public static readonly DiagnosticDescriptor CycleWithoutDelay = new("PH1020", "feedback loop with no delay: {0}; put a 'delay' node in the loop");

    /// <summary>An oversampling factor other than 1, 2, 4, 8.</summary>
    public static readonly DiagnosticDescriptor InvalidOversample = new("PH1021", "oversample must be 1, 2, 4 or 8, found {0}");

    /// <summary>A patch with no channel or too many.</summary>
    public static readonly DiagnosticDescriptor BadChannelCount = new("PH1022", "a patch needs 1 to 8 output channels, found {0}");

    /// <summary>Oversampling inside a feedback loop.</summary>
    public static readonly DiagnosticDescriptor OversampleInLoop = new("PH1023", "node '{0}' is oversampled inside the feedback loop {1}; oversample nodes outside loops only");

    /// <summary>A choice parameter set to a word that is not one of its choices.</summary>
    public static readonly DiagnosticDescriptor InvalidChoice = new("PH1024", "{0} must be one of {1}, found '{2}'");

    /// <summary>A parameter value of the wrong kind.</summary>
    public static readonly DiagnosticDescriptor WrongParamKind = new("PH1025", "{0} must be {1}");

    /// <summary>A patch whose state and buffers exceed the memory budget.</summary>
    public static readonly DiagnosticDescriptor TooLarge = new("PH1027", "the patch needs {0} MiB at {2} Hz, over the limit of {1} MiB; the largest node is '{3}' with {4} MiB: shorten delay maxTime or lower oversampling");

    /// <summary>A value that is not a finite number.</summary>
    public static readonly DiagnosticDescriptor NotFinite = new("PH1026", "{0} must be a finite number");
}
