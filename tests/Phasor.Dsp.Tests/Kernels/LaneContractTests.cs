using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Kernels;

/// <summary>Which node types have a lane form, and that each follows the contract the compiler finds by reflection.</summary>
public sealed class LaneContractTests
{
    private static readonly string[] s_withLaneForms =
    [
        "add", "adsr", "clock", "gain", "ladder", "mul", "pow", "saw", "scale",
        "phasor", "pulse", "sine", "square", "triangle",
        "abs", "clamp", "clip", "dbtoa", "max", "min", "mix", "mtof", "sub", "xfade",
        "ar", "onepole", "saturate", "slew", "svf",
    ];

    public static TheoryData<string> LaneTypes => LaneDifferentialTests.LaneTypes;

    [Fact]
    public void LaneForms_AreExactlyTheListedTypes() =>
        Assert.Equal(s_withLaneForms.Order(), NodeLibrary.All.Where(k => k.LaneForm is not null).Select(k => k.Spec.Type).Order());

    [Fact]
    public void Lanes_AreTheDoublesOfAVector512() => Assert.Equal(Lanes.Count, Vector512<double>.Count);

    [Theory]
    [MemberData(nameof(LaneTypes))]
    public void LaneForm_FollowsTheContract(string type)
    {
        var kernel = NodeLibrary.All.Single(k => k.Spec.Type == type);
        var tickForm = kernel.TickForm!;
        var laneForm = kernel.LaneForm!;
        Assert.True(laneForm.IsAbstract && laneForm.IsSealed, $"{laneForm.Name} is a static class.");
        Assert.Equal(tickForm.Name.Replace("Tick", "Lanes", StringComparison.Ordinal), laneForm.Name);
        Assert.Equal(tickForm.Namespace, laneForm.Namespace);
        Assert.Null(tickForm.GetMethod("MemorySize"));

        var state = laneForm.GetNestedType("State");
        Assert.NotNull(state);
        var hasReferences = (bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!.MakeGenericMethod(state).Invoke(null, null)!;
        Assert.True(state.IsValueType && !hasReferences, "State is an unmanaged struct.");
        var voice = tickForm.GetNestedType("State")!;
        foreach (var name in new[] { "Load", "Store" })
        {
            var copy = laneForm.GetMethod(name, BindingFlags.Public | BindingFlags.Static);
            Assert.NotNull(copy);
            Assert.Equal(typeof(void), copy.ReturnType);
            Assert.Equal(
                [("lanes", state.MakeByRefType()), ("voice", voice.MakeByRefType()), ("lane", typeof(int))],
                copy.GetParameters().Select(p => (p.Name!, p.ParameterType)));
        }

        var tick = laneForm.GetMethod("Tick", BindingFlags.Public | BindingFlags.Static);
        Assert.NotNull(tick);
        Assert.True(tick.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveInlining), "Tick is marked AggressiveInlining.");
        var scalar = tickForm.GetMethod("Tick")!.GetParameters();
        var lanes = tick.GetParameters();
        Assert.Equal(("s", state.MakeByRefType()), (lanes[0].Name!, lanes[0].ParameterType));
        Assert.Equal(
            scalar.Skip(1).Select(p => (p.Name, p.IsOut, p.IsOut ? typeof(Vector512<double>).MakeByRefType() : typeof(Vector512<double>))),
            lanes.Skip(1).Select(p => (p.Name, p.IsOut, p.ParameterType)));
    }

    [Theory]
    [MemberData(nameof(LaneTypes))]
    public void LoadThenStore_GivesEveryFieldBack(string type) =>
        LaneRunner.RoundTrip(NodeLibrary.All.Single(k => k.Spec.Type == type));

    [Fact]
    public void NodeTypes_WithoutATickForm_HaveNoLaneForm() =>
        Assert.Empty(NodeLibrary.All.Where(k => k.LaneForm is not null && k.TickForm is null).Select(k => k.Spec.Type));
}
