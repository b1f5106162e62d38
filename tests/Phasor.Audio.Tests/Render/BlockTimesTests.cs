using Phasor.Audio.Render;

namespace Phasor.Audio.Tests.Render;

public sealed class BlockTimesTests
{
    [Fact]
    public void BlockTimes_CountUnderrunsAndPercentiles()
    {
        var times = new BlockTimes();
        for (var i = 1; i <= 100; i++)
        {
            times.Record(TimeSpan.FromMicroseconds(i * 10), 0.0005);
        }

        Assert.Equal(100, times.Count);
        Assert.Equal(50, times.Underruns); // 510..1000 us exceed the 500 us budget
        Assert.Equal(TimeSpan.FromMicroseconds(1000), times.Max);
        Assert.Equal(505, times.Average.TotalMicroseconds, 3);
        Assert.Equal(991, times.Percentile(0.99).TotalMicroseconds, 0);
        Assert.Equal(101, times.CpuPercent, 3);
        Assert.Equal(500, times.AverageBudgetMicroseconds, 6);
    }

    [Fact]
    public void BlockTimes_RecordWithoutAllocating()
    {
        var times = new BlockTimes();
        times.Record(TimeSpan.FromMicroseconds(3), 0.001);
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < 10_000; i++)
        {
            times.Record(TimeSpan.FromMicroseconds(i % 700), 0.001);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
