using System.Diagnostics;
using Phasor.Audio.Bench;
using Phasor.Script.Binding;
using Phasor.Script.Compiling;
using Phasor.Script.Diagnostics;
using Phasor.Script.Syntax;
using Phasor.Script.Text;

namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>Front-end throughput on the generated corpus: lexing alone, parsing (lexing included), binding plus compiling.</summary>
/// <param name="Chars">The corpus size in UTF-16 chars (equal to its UTF-8 bytes: it is ASCII).</param>
/// <param name="Tokens">The tokens the lexer produced.</param>
/// <param name="LexMilliseconds">One timed pass of the lexer per entry (wall time).</param>
/// <param name="ParseMilliseconds">One timed parse (tokens and tree) per entry (wall time).</param>
/// <param name="CompileMilliseconds">One timed bind and compile of the parsed tree per entry (wall time).</param>
/// <param name="LexCpuMilliseconds">The lexer passes by the thread's CPU time, which a loaded machine inflates far less.</param>
/// <param name="ParseCpuMilliseconds">The parses by the thread's CPU time.</param>
/// <param name="LexAllocatedBytes">The least a warm lexer pass allocated (its token array and names are reused: 0 expected).</param>
/// <param name="Error">Why the corpus did not compile, or null.</param>
internal sealed record SyntaxThroughput(
    int Chars, int Tokens, double[] LexMilliseconds, double[] ParseMilliseconds, double[] CompileMilliseconds,
    double[] LexCpuMilliseconds, double[] ParseCpuMilliseconds, long LexAllocatedBytes, string? Error)
{
    /// <summary>Lexer throughput of the median pass, in MB (10^6 bytes of source) per second.</summary>
    public double LexMegabytesPerSecond => Rate(LexMilliseconds);

    /// <summary>Parser throughput (lexing included) of the median pass, in MB per second.</summary>
    public double ParseMegabytesPerSecond => Rate(ParseMilliseconds);

    /// <summary>Lexer throughput of the median pass by thread CPU time.</summary>
    public double LexCpuMegabytesPerSecond => Rate(LexCpuMilliseconds);

    /// <summary>Parser throughput of the median pass by thread CPU time.</summary>
    public double ParseCpuMegabytesPerSecond => Rate(ParseCpuMilliseconds);

    /// <summary>Bind and compile throughput of the median pass, in MB of source per second.</summary>
    public double CompileMegabytesPerSecond => Rate(CompileMilliseconds);

    /// <summary>Lexer passes timed per parse pass.</summary>
    /// <remarks>
    /// A lexer pass of the corpus takes about 10 ms, and this machine's speed can halve for a second or two and
    /// come back; five such short passes can fall wholly in a slow spell, fifteen give a median that reflects the
    /// run. A parse pass is longer and settles the heap first, so it keeps the plain count.
    /// </remarks>
    private const int LexPassesPerRun = 3;

    /// <summary>Generates a corpus of <paramref name="chars"/> characters and times each stage <paramref name="runs"/> times (the lexer <see cref="LexPassesPerRun"/> times as often) after warming up.</summary>
    public static SyntaxThroughput Measure(int chars, int runs)
    {
        var source = new SourceText("corpus.ts", SyntaxCorpus.Generate(chars));
        var names = new NameTable();
        var lexer = new Lexer(names);
        var parser = new Parser(names);
        WarmUp(source, lexer, parser);
        SpinUp(source, lexer);
        var lex = new double[runs * LexPassesPerRun];
        var parse = new double[runs];
        var compile = new double[runs];
        var lexCpu = new double[lex.Length];
        var parseCpu = new double[runs];
        var leastAllocated = long.MaxValue;
        for (var i = 0; i < lex.Length; i++)
        {
            var diagnostics = new DiagnosticBag(source);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuClock.Now();
            var start = Stopwatch.GetTimestamp();
            lexer.Tokenize(source, diagnostics);
            lex[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            lexCpu[i] = (ThreadCpuClock.Now() - cpu).TotalMilliseconds;
            leastAllocated = Math.Min(leastAllocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        var tree = parser.Parse(source);
        for (var i = 0; i < runs; i++)
        {
            // Each pass starts from a collected heap with no other tree alive, so passes compare; a collection the
            // pass itself triggers is part of its time.
            tree = null!;
            SettleHeap();
            var cpu = ThreadCpuClock.Now();
            var start = Stopwatch.GetTimestamp();
            tree = parser.Parse(source);
            parse[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            parseCpu[i] = (ThreadCpuClock.Now() - cpu).TotalMilliseconds;
        }

        if (tree.Diagnostics.HasErrors)
        {
            return new(source.Length, lexer.Count, lex, parse, compile, lexCpu, parseCpu, leastAllocated, DiagnosticFormatter.Format(tree.Diagnostics));
        }

        BindAndCompile(tree, names);
        for (var i = 0; i < runs; i++)
        {
            SettleHeap();
            var start = Stopwatch.GetTimestamp();
            BindAndCompile(tree, names);
            compile[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return new(source.Length, lexer.Count, lex, parse, compile, lexCpu, parseCpu, leastAllocated, null);
    }

    /// <summary>Lexes and parses the first modules of the corpus often enough, and long enough, for the JIT to reach its optimized tier.</summary>
    /// <remarks>
    /// The runtime starts counting calls only once no new method has been compiled for a while, promotes a method
    /// (ReadyToRun code first to an instrumented tier, then to the optimized one) after about 30 calls at each step,
    /// and compiles the promoted code on a background thread, which a loaded machine slows down. A fixed 40 passes
    /// could end before counting had even begun, so the timed passes measured precompiled or instrumented code; the
    /// passes therefore go on for at least <see cref="WarmUpTime"/>, and the pause lets the last compilations finish.
    /// </remarks>
    private static void WarmUp(SourceText source, Lexer lexer, Parser parser)
    {
        var cut = source.Text.IndexOf("// Module", 64 * 1024, StringComparison.Ordinal);
        var prefix = new SourceText("warm-up.ts", cut < 0 ? source.Text : source.Text[..cut]);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < 40 || Stopwatch.GetElapsedTime(start) < WarmUpTime; i++)
        {
            lexer.Tokenize(prefix, new DiagnosticBag(prefix));
            parser.Parse(prefix);
        }

        Thread.Sleep(300);
    }

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);

    /// <summary>Lexes the whole corpus, untimed, for <see cref="SpinUpTime"/>: it interns the corpus's names, and
    /// brings the processor back to speed after the warm-up's pause.</summary>
    /// <remarks>Measured: right after the pause the first four or five passes took up to twice as long as the rest,
    /// which, timed, dragged the median of a short series down by as much as 40 %.</remarks>
    private static void SpinUp(SourceText source, Lexer lexer)
    {
        var start = Stopwatch.GetTimestamp();
        do
        {
            lexer.Tokenize(source, new DiagnosticBag(source));
        }
        while (Stopwatch.GetElapsedTime(start) < SpinUpTime);
    }

    private static readonly TimeSpan SpinUpTime = TimeSpan.FromMilliseconds(300);

    private static void SettleHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static void BindAndCompile(SyntaxTree tree, NameTable names)
    {
        var bound = Binder.Bind(tree);
        if (bound.HasErrors)
        {
            throw new InvalidOperationException("the generated corpus does not bind: " + DiagnosticFormatter.Format(tree.Diagnostics));
        }

        FunctionCompiler.CompileScript(bound, new GlobalTable(names));
    }

    private double Rate(double[] milliseconds) => Chars / (Timings.Median(milliseconds) * 1000);
}
