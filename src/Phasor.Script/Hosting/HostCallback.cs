namespace Phasor.Script.Hosting;

/// <summary>A host function: reads its arguments from <paramref name="args"/> and returns the call's result.</summary>
/// <param name="args">The arguments and <c>this</c>, valid only during the call.</param>
/// <returns>The result; <see cref="ScriptValue.Undefined"/> for none.</returns>
/// <remarks>Throw <see cref="ScriptErrorException"/> to raise a script error (<c>TypeError</c>, <c>RangeError</c>...); see docs/embedding.md.</remarks>
public delegate ScriptValue HostCallback(in CallArguments args);
