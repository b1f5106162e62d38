namespace Phasor.Dsp.Oversampling;

/// <summary>
/// One 2x stage of the oversampler: a linear-phase halfband lowpass of 4k+3 taps, centred on the quarter of the high
/// rate. Its centre tap is 1/2 and every other tap is zero, so in polyphase form one phase is a pure delay and the other
/// a symmetric FIR of 2k+2 taps needing only k+1 multiplies. Designed once as a Kaiser-windowed sinc.
/// </summary>
/// <remarks>
/// State (caller-owned, zeroed): one slot for the ring position, then rings stored twice over so the newest
/// 2k+2 values are always one contiguous run. Up keeps one ring of input; down keeps one for each input phase.
/// </remarks>
internal sealed class HalfbandFilter
{
    private readonly double[] _taps;
    private readonly int _order;
    private readonly int _length;

    /// <summary>Designs the stage with <paramref name="order"/> = k (4k+3 taps) and Kaiser shape <paramref name="beta"/>.</summary>
    public HalfbandFilter(int order, double beta)
    {
        _order = order;
        _length = (2 * order) + 2;
        _taps = Design(order, beta);
    }

    /// <summary>k: the stage has 4k+3 taps, of which the k+1 distinct FIR taps <see cref="Tap"/> are not 0 or 1/2.</summary>
    public int Order => _order;

    /// <summary>Doubles of state for one upsampling instance.</summary>
    public int UpStateSize => 1 + (2 * _length);

    /// <summary>Doubles of state for one downsampling instance.</summary>
    public int DownStateSize => 1 + (4 * _length);

    /// <summary>Delay of <see cref="Up"/> in input (low-rate) samples: the centre tap plus the one-sample phase shift that makes it whole.</summary>
    public int UpLatency => _order + 1;

    /// <summary>Delay of <see cref="Down"/> in output (low-rate) samples.</summary>
    public int DownLatency => _order;

    /// <summary>Takes one low-rate sample, produces the two high-rate samples that follow it (gain 2 restores the level lost to zero-stuffing).</summary>
    public void Up(Span<double> state, double x, out double first, out double second)
    {
        var window = Push(state, 1, x);
        first = window[_order + 1];
        second = 2.0 * Convolve(window);
    }

    /// <summary>Takes two high-rate samples, returns one low-rate sample.</summary>
    public double Down(Span<double> state, double first, double second)
    {
        // The odd-phase input meets the FIR taps; the even phase only meets the centre tap, k pairs back.
        var odd = Push(state, 1, second);
        var even = Push(state, 1 + (2 * _length), first, advance: false);
        return Convolve(odd) + (0.5 * even[_order]);
    }

    /// <summary>FIR tap <paramref name="i"/> (0..k) of the odd phase, applied to the window's i-th value from each end.</summary>
    public double Tap(int i) => _taps[i];

    private ReadOnlySpan<double> Push(Span<double> state, int ring, double x, bool advance = true)
    {
        var position = (int)state[0];
        if (advance)
        {
            position = position == 0 ? _length - 1 : position - 1;
            state[0] = position;
        }

        var values = state.Slice(ring, 2 * _length);
        values[position] = x;
        values[position + _length] = x;
        return values.Slice(position, _length);
    }

    private double Convolve(ReadOnlySpan<double> window)
    {
        double sum = 0;
        var last = _length - 1;
        for (var i = 0; i <= _order; i++)
        {
            sum += _taps[i] * (window[i] + window[last - i]);
        }

        return sum;
    }

    /// <summary>Polyphase taps a[i] = h[2i], i = 0..k, of the kernel h: sinc at half band times a Kaiser window, normalised to unit gain at DC.</summary>
    private static double[] Design(int order, double beta)
    {
        var centre = (2 * order) + 1;
        var taps = new double[order + 1];
        double sum = 0;
        for (var i = 0; i <= order; i++)
        {
            var distance = (double)(centre - (2 * i));
            var ratio = distance / (centre + 1);
            var window = BesselI0(beta * Math.Sqrt(1 - (ratio * ratio))) / BesselI0(beta);
            taps[i] = Math.Sin(Math.PI * distance / 2) / (Math.PI * distance) * window;
            sum += taps[i];
        }

        // The centre tap gives 1/2 at DC; both halves of the symmetric FIR together must give the other 1/2.
        for (var i = 0; i <= order; i++)
        {
            taps[i] *= 0.25 / sum;
        }

        return taps;
    }

    private static double BesselI0(double x)
    {
        double sum = 1, term = 1;
        for (var k = 1; term > 1e-17 * sum; k++)
        {
            var half = x / (2 * k);
            term *= half * half;
            sum += term;
        }

        return sum;
    }
}
