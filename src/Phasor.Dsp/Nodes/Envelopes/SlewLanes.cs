using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>
/// The lane form of <see cref="SlewNode"/>: <see cref="SlewTick"/> for <see cref="Lanes.Count"/> voices at once.
/// The first frame and changed rise or fall times are handled out of line, voice by voice.
/// </summary>
public static class SlewLanes
{
    /// <summary>The fields of <see cref="SlewTick.State"/>, one voice per element.</summary>
    public struct State
    {
        /// <summary>The output of the previous frame.</summary>
        public Vector512<double> Value;

        /// <summary>Rise input of <see cref="Up"/>.</summary>
        public Vector512<double> Rise;

        /// <summary>Fall input of <see cref="Down"/>.</summary>
        public Vector512<double> Fall;

        /// <summary>Largest rise per frame.</summary>
        public Vector512<double> Up;

        /// <summary>Largest fall per frame.</summary>
        public Vector512<double> Down;

        /// <summary>1 once the first frame has set the value.</summary>
        public Vector512<double> Started;

        /// <summary>Sample rate in Hz.</summary>
        public Vector512<double> Rate;
    }

    /// <summary>Copies <paramref name="voice"/> into element <paramref name="lane"/>.</summary>
    public static void Load(ref State lanes, ref SlewTick.State voice, int lane)
    {
        Lanes.At(ref lanes.Value, lane) = voice.Value;
        Lanes.At(ref lanes.Rise, lane) = voice.Rise;
        Lanes.At(ref lanes.Fall, lane) = voice.Fall;
        Lanes.At(ref lanes.Up, lane) = voice.Up;
        Lanes.At(ref lanes.Down, lane) = voice.Down;
        Lanes.At(ref lanes.Started, lane) = voice.Started;
        Lanes.At(ref lanes.Rate, lane) = voice.Rate;
    }

    /// <summary>Copies element <paramref name="lane"/> back into <paramref name="voice"/>.</summary>
    public static void Store(ref State lanes, ref SlewTick.State voice, int lane)
    {
        voice.Value = Lanes.At(ref lanes.Value, lane);
        voice.Rise = (float)Lanes.At(ref lanes.Rise, lane);
        voice.Fall = (float)Lanes.At(ref lanes.Fall, lane);
        voice.Up = Lanes.At(ref lanes.Up, lane);
        voice.Down = Lanes.At(ref lanes.Down, lane);
        voice.Started = (int)Lanes.At(ref lanes.Started, lane);
        voice.Rate = Lanes.At(ref lanes.Rate, lane);
    }

    /// <summary>One frame of every voice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Vector512<double> @in, Vector512<double> rise, Vector512<double> fall, out Vector512<double> @out)
    {
        if (Lanes.AnyChanged(rise, s.Rise) || Lanes.AnyChanged(fall, s.Fall) || Lanes.Any(Vector512.Equals(s.Started, Vector512<double>.Zero)))
        {
            Update(ref s, @in, rise, fall);
        }

        var value = Vector512.Max(s.Value - s.Down, Vector512.Min(s.Value + s.Up, @in));
        s.Value = value;
        @out = Lanes.RoundToSingle(value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Update(ref State s, Vector512<double> @in, Vector512<double> rise, Vector512<double> fall)
    {
        for (var i = 0; i < Lanes.Count; i++)
        {
            if (s.Started[i] == 0)
            {
                Lanes.At(ref s.Value, i) = @in[i];
                Lanes.At(ref s.Started, i) = 1;
            }

            if (rise[i] != s.Rise[i])
            {
                Lanes.At(ref s.Rise, i) = rise[i];
                Lanes.At(ref s.Up, i) = SlewNode.Step(rise[i], s.Rate[i]);
            }

            if (fall[i] != s.Fall[i])
            {
                Lanes.At(ref s.Fall, i) = fall[i];
                Lanes.At(ref s.Down, i) = SlewNode.Step(fall[i], s.Rate[i]);
            }
        }
    }
}
