namespace Phasor.Script.Hosting;

/// <summary>An instance method of a host class: the C# object <c>this</c> stands for, and the call's arguments.</summary>
/// <typeparam name="T">The C# type of the class.</typeparam>
/// <param name="self">The C# object behind <c>this</c> (checked before the call: "Illegal invocation" otherwise).</param>
/// <param name="args">The arguments, valid only during the call.</param>
/// <returns>The result; <see cref="ScriptValue.Undefined"/> for none.</returns>
public delegate ScriptValue HostMethod<in T>(T self, in CallArguments args);
