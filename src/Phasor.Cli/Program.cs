using Phasor.Cli;
using Phasor.Cli.Terminal;

return Cli.Run(args, new CliContext(Console.Out, Console.Error, !Console.IsErrorRedirected)
{
    OpenInput = () => Console.In,
    InputIsTerminal = !Console.IsInputRedirected,
    Interrupts = new ConsoleInterrupts(),
});
