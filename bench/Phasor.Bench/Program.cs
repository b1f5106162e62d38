using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Phasor.Bench -- --filter '*'` runs every benchmark.
BenchmarkSwitcher.FromAssembly(typeof(Phasor.Bench.RenderBenchmarks).Assembly).Run(args);
