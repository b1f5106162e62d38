// The namespace is the runtime's, not the folder's: crossgen2 recognises this attribute by its full name in any
// assembly (as CoreLib declares its own copy), and skips the methods it marks when compiling ReadyToRun code.
namespace System.Runtime;

/// <summary>Keeps a method out of the ReadyToRun image, so the JIT compiles it (tiered, with on-stack replacement) when first called.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class BypassReadyToRunAttribute : Attribute
{
}
