using Phasor.Compile.Il;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Tests;

/// <summary>Units whose code comes out the same as before reuse the compiled method, and play exactly the same.</summary>
[Collection(nameof(UnitCacheTests))]
public sealed class UnitCacheTests
{
    private static IlBackend Build(string json, bool spans = true) => new(Planner.Plan(Differential.Load(json), new PlanOptions(48000, 128)), spans: spans);

    [Fact]
    public void BuildingThePatchAgain_ReusesEveryUnit_AndSoundsTheSame()
    {
        var json = IlBackendTests.Example("complex.json");
        IlBackend.ForgetCompiledUnits();
        var first = Build(json);
        var second = Build(json);

        Assert.Equal(0, first.ReusedUnits);
        Assert.Equal(second.CompiledUnits, second.ReusedUnits);
        Assert.Equal(Differential.Render(first, 6000, 128), Differential.Render(second, 6000, 128));
    }

    [Fact]
    public void ChangingOneConstant_RecompilesOnlyTheUnitThatHoldsIt()
    {
        // Two units: the oversampled saturator runs at 4x, the gain after it at 1x.
        const string Patch = """
            { "nodes": [
                { "id": "s", "type": "saw", "freq": 110 },
                { "id": "sat", "type": "saturate", "in": "s", "drive": 3, "oversample": 4 },
                { "id": "g", "type": "gain", "in": "sat", "level": LEVEL }
              ], "outputs": ["g"] }
            """;
        IlBackend.ForgetCompiledUnits();
        var before = Build(Patch.Replace("LEVEL", "0.5", StringComparison.Ordinal), spans: false);
        var after = Build(Patch.Replace("LEVEL", "0.25", StringComparison.Ordinal), spans: false);

        Assert.True(before.CompiledUnits >= 3);
        Assert.Equal(after.CompiledUnits - 1, after.ReusedUnits);
    }
}

/// <summary>The unit cache is process-wide: these tests run alone, so no other test fills it between their builds.</summary>
[CollectionDefinition(nameof(UnitCacheTests), DisableParallelization = true)]
public sealed class RunsAlone;
