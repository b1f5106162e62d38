using Phasor.Cli;

return Cli.Run(args, new CliContext(Console.Out, Console.Error, !Console.IsErrorRedirected));
