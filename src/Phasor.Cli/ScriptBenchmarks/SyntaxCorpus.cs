using System.Globalization;
using System.Text;

namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>Generates the large TypeScript source the lexer and parser throughput is measured on.</summary>
/// <remarks>
/// One module of typical live-coding TypeScript (interfaces, type aliases, enums, generic classes with fields,
/// getters and methods, arrows, object and array literals, templates, destructuring, control flow, comments) is
/// repeated with numbered names until the target size, so the name table grows as it would for real code and
/// every repetition binds and compiles. The text is pure ASCII: its UTF-16 length equals its UTF-8 byte count.
/// </remarks>
internal static class SyntaxCorpus
{
    private const string Module = """
        // Module $K: a voice, its envelope and a small sequencer.
        /* Block comments are skipped as trivia: they cost the lexer, never the parser. */
        interface VoiceOptions$K {
          readonly frequency: number;
          detune?: number;
          shape: "saw" | "square" | "sine";
          tags: string[];
        }

        type Pair$K<T> = { first: T; second: T };
        enum Stage$K { Idle, Attack, Decay = 4, Sustain, Release }

        class Envelope$K<T extends number = number> {
          private level = 0;
          stage: Stage$K = Stage$K.Idle;
          static readonly defaults = { attack: 0.005, decay: 0.25, sustain: 0.7, release: 1.5e-1 };

          constructor(private readonly rate: T, public name: string = "env$K") {}

          get active(): boolean {
            return this.stage !== Stage$K.Idle && this.level > 1e-6;
          }

          trigger(velocity: number): this {
            this.stage = velocity > 0 ? Stage$K.Attack : Stage$K.Release;
            this.level = Math.max(this.level, velocity * 0.5);
            return this;
          }

          step(dt: number): number {
            switch (this.stage) {
              case Stage$K.Attack:
                this.level += dt / Envelope$K.defaults.attack;
                if (this.level >= 1) { this.level = 1; this.stage = Stage$K.Decay; }
                break;
              case Stage$K.Decay:
                this.level -= (this.level - Envelope$K.defaults.sustain) * dt * 4;
                break;
              default:
                this.level *= 0.999;
            }
            return this.level;
          }
        }

        function makeVoice$K(options: VoiceOptions$K, ...rest: number[]): Pair$K<number> {
          const { frequency, detune = 0 } = options;
          const ratios = [1, 2, 3.5, 0x10, 0b101, 1_000, ...rest];
          let sum = 0;
          for (let i = 0; i < ratios.length; i++) {
            sum += ratios[i] * frequency * (1 + detune / 1200);
          }
          for (const tag of options.tags) {
            if (tag.startsWith("x") || tag === 'mute\t$K') continue;
            sum += tag.length;
          }
          const label = `voice ${options.shape} at ${frequency.toFixed(2)} Hz (#$K)`;
          const lookup: Record<string, number> = { a: 1, "b-c": 2, [label]: sum };
          return { first: sum, second: lookup?.a ?? label.length };
        }

        const sequence$K = [60, 62, 64, 65, 67].map((note, index) => ({ note, time: index * 0.25, gate: index % 2 === 0 }));
        const total$K = sequence$K.filter((e) => e.gate).reduce((acc: number, e) => acc + e.note, 0) as number;
        let state$K: { count: number; last?: string } = { count: 0 };
        try {
          state$K = { ...state$K, count: total$K >>> 1, last: typeof total$K };
        } catch (error) {
          state$K.count = -1;
        } finally {
          state$K.count++;
        }
        while (state$K.count > 100 && !(state$K.count & 1)) {
          state$K.count = state$K.count >> 1;
        }


        """;

    /// <summary>Returns at least <paramref name="minimumChars"/> characters of ASCII TypeScript.</summary>
    public static string Generate(int minimumChars)
    {
        var text = new StringBuilder(minimumChars + Module.Length * 2);
        for (var k = 0; text.Length < minimumChars; k++)
        {
            text.Append(Module.Replace("$K", k.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return text.ToString();
    }
}
