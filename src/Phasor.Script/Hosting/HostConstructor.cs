namespace Phasor.Script.Hosting;

/// <summary>The constructor of a host class: builds the C# object that <c>new Name(...)</c> in script stands for.</summary>
/// <typeparam name="T">The C# type of the class.</typeparam>
/// <param name="args">The arguments of <c>new</c>, valid only during the call.</param>
/// <returns>The new C# object (not null).</returns>
public delegate T HostConstructor<out T>(in CallArguments args);
