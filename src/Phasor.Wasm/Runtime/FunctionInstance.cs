using Phasor.Wasm.Model;

namespace Phasor.Wasm.Runtime;

/// <summary>
/// A function (spec 4.2.6): either defined by a Wasm instance (run by its module's tier) or a host function. The
/// store numbers every function with a handle, which is what a funcref holds in a slot or table.
/// </summary>
public sealed class FunctionInstance : Extern
{
    internal FunctionInstance(Store store, FuncType type, int typeId, Instance? instance, int definedIndex, SlotCallback? host)
        : base(store)
    {
        Type = type;
        TypeId = typeId;
        Instance = instance;
        DefinedIndex = definedIndex;
        Host = host;
        SlotCount = Math.Max(type.Parameters.Length, type.Results.Length);
        Handle = store.RegisterFunction(this);
    }

    /// <summary>Gets the signature.</summary>
    public FuncType Type { get; }

    /// <inheritdoc/>
    public override ExternalKind Kind => ExternalKind.Function;

    /// <summary>Gets the engine-wide id of <see cref="Type"/>: equal ids mean equal signatures.</summary>
    internal int TypeId { get; }

    /// <summary>Gets the store handle (never 0, which is the null reference).</summary>
    internal ulong Handle { get; }

    /// <summary>Gets the instance that defines the function; null for host functions.</summary>
    internal Instance? Instance { get; }

    /// <summary>Gets the index among the defining module's own functions (imports not counted).</summary>
    internal int DefinedIndex { get; }

    /// <summary>Gets the host implementation; null for Wasm functions.</summary>
    internal SlotCallback? Host { get; }

    /// <summary>Gets how many slots a call needs for its arguments and results.</summary>
    internal int SlotCount { get; }

    /// <summary>Calls the function with untyped values; results are returned in a new array.</summary>
    public Value[] Invoke(params ReadOnlySpan<Value> args)
    {
        var results = new Value[Type.Results.Length];
        Invoke(args, results);
        return results;
    }

    /// <summary>Calls the function with untyped values, checking their types, writing <paramref name="results"/>.</summary>
    public void Invoke(ReadOnlySpan<Value> args, Span<Value> results)
    {
        Store.InvokeUntyped(this, args, results);
    }

    /// <summary>Gets the debug name: the export or name-section name where known.</summary>
    public override string ToString() => Instance is { } i ? i.Module.Definition.FunctionName((uint)(i.Module.Definition.ImportedFunctionCount + DefinedIndex)) : "host function";
}
