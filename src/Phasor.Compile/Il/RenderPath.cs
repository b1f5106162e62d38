using System.Reflection;
using System.Runtime.CompilerServices;

namespace Phasor.Compile.Il;

/// <summary>
/// Compiles the C# every block runs through (<see cref="IlBackend.Process"/> and the runners it calls) ahead of the first
/// block, once per process. Those methods are marked to be compiled fully optimised, which the JIT would otherwise do
/// on the render thread in the first block: about 16 ms there, against a 2.7 ms budget at 128 frames.
/// </summary>
internal static class RenderPath
{
    private static int s_prepared;

    /// <summary>Prepares every method of the render path on the calling (control) thread, the first time only.</summary>
    public static void Prepare()
    {
        if (Interlocked.Exchange(ref s_prepared, 1) != 0)
        {
            return;
        }

        foreach (var type in new[] { typeof(IlBackend), typeof(KernelProgram), typeof(BlockRunner), typeof(TickRunner) })
        {
            foreach (var method in type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if ((method.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0 && !method.ContainsGenericParameters)
                {
                    RuntimeHelpers.PrepareMethod(method.MethodHandle);
                }
            }
        }
    }
}
