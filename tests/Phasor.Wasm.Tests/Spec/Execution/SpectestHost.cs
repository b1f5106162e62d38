using Phasor.Wasm.Model;
using Phasor.Wasm.Runtime;
using ValueType = Phasor.Wasm.Model.ValueType;

namespace Phasor.Wasm.Tests.Spec.Execution;

/// <summary>
/// The <c>spectest</c> module the suite imports from, as the reference interpreter defines it: <c>print*</c>
/// functions that do nothing here, globals holding 666 (666.6 for floats), a funcref table of 10 to 20 elements and a
/// memory of 1 to 2 pages.
/// </summary>
internal static class SpectestHost
{
    /// <summary>Defines module <c>spectest</c> in <paramref name="linker"/>.</summary>
    public static void Define(Linker linker)
    {
        var store = linker.Store;
        Print(linker, "print");
        Print(linker, "print_i32", ValueType.I32);
        Print(linker, "print_i64", ValueType.I64);
        Print(linker, "print_f32", ValueType.F32);
        Print(linker, "print_f64", ValueType.F64);
        Print(linker, "print_i32_f32", ValueType.I32, ValueType.F32);
        Print(linker, "print_f64_f64", ValueType.F64, ValueType.F64);
        linker.Define("spectest", "global_i32", store.CreateGlobal(new GlobalType(ValueType.I32, false), Value.FromI32(666)));
        linker.Define("spectest", "global_i64", store.CreateGlobal(new GlobalType(ValueType.I64, false), Value.FromI64(666)));
        linker.Define("spectest", "global_f32", store.CreateGlobal(new GlobalType(ValueType.F32, false), Value.FromF32(666.6f)));
        linker.Define("spectest", "global_f64", store.CreateGlobal(new GlobalType(ValueType.F64, false), Value.FromF64(666.6)));
        linker.Define("spectest", "table", store.CreateTable(new TableType(ValueType.FuncRef, new Limits(10, 20)), Value.FromFunction(null)));
        linker.Define("spectest", "memory", store.CreateMemory(new MemoryType(new Limits(1, 2))));
    }

    private static void Print(Linker linker, string name, params ValueType[] parameters) =>
        linker.DefineFunction("spectest", name, new FuncType(parameters, []), (_, _, _) => { });
}
