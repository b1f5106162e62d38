using System.Text;
using Phasor.Wasm.Runtime;

namespace Phasor.Wasm.Wasi;

/// <summary>
/// The state of one WASI preview1 program: its arguments, environment and open file descriptors. Add its functions
/// to a <see cref="Linker"/> under <c>wasi_snapshot_preview1</c> with <see cref="AddTo"/>, instantiate the module,
/// then <see cref="RunCommand"/>. Like the store it serves, a context is used from one thread at a time; it owns the
/// files the guest opens (closed by <see cref="Dispose"/>) but not the standard streams it was given.
/// </summary>
public sealed class WasiContext : IDisposable
{
    /// <summary>The import module name of WASI preview1.</summary>
    public const string ModuleName = "wasi_snapshot_preview1";

    /// <summary>Creates the context; each preopened directory must exist.</summary>
    /// <exception cref="DirectoryNotFoundException">A preopened host directory does not exist.</exception>
    public WasiContext(WasiConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Configuration = configuration;
        Arguments = [.. configuration.Arguments.Select(NullTerminated)];
        EnvironmentStrings = [.. configuration.Environment.Select(p => NullTerminated($"{p.Key}={p.Value}"))];
        AddStream(configuration.StandardInput ?? Stream.Null, readable: true);
        AddStream(configuration.StandardOutput ?? Stream.Null, readable: false);
        AddStream(configuration.StandardError ?? Stream.Null, readable: false);
        foreach (var preopen in configuration.Preopens)
        {
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(preopen.HostPath));
            if (!Directory.Exists(root))
            {
                throw new DirectoryNotFoundException($"preopened directory '{preopen.HostPath}' does not exist");
            }

            Descriptors.TryAdd(new DirectoryDescriptor(root, [], preopen.GuestPath, DirectoryDescriptor.DirectoryRights, Rights.All), out _);
        }
    }

    /// <summary>Gets the names of the WASI preview1 functions <see cref="AddTo"/> defines.</summary>
    public static IReadOnlyList<string> FunctionNames => WasiFunctions.Names;

    /// <summary>Gets the configuration.</summary>
    public WasiConfiguration Configuration { get; }

    /// <summary>Gets the arguments as NUL-terminated UTF-8.</summary>
    internal byte[][] Arguments { get; }

    /// <summary>Gets the environment as NUL-terminated UTF-8 <c>KEY=VALUE</c> strings.</summary>
    internal byte[][] EnvironmentStrings { get; }

    /// <summary>Gets the open file descriptors.</summary>
    internal DescriptorTable Descriptors { get; } = new();

    /// <summary>
    /// Defines every WASI preview1 function in <paramref name="linker"/>. A module importing a
    /// <c>wasi_snapshot_preview1</c> function that is not in the ABI then fails to link, naming it.
    /// </summary>
    public void AddTo(Linker linker)
    {
        ArgumentNullException.ThrowIfNull(linker);
        new WasiFunctions(this).Define(linker);
    }

    /// <summary>
    /// Runs a WASI command: calls its <c>_start</c> export and returns the exit code (0 when <c>_start</c> returns,
    /// the code given to <c>proc_exit</c> otherwise). A trap propagates as a <see cref="TrapException"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The instance has no <c>_start</c> function of type <c>[] -&gt; []</c>.</exception>
    public int RunCommand(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.GetFunction("_start") is not { } start || start.Type.Parameters.Length != 0 || start.Type.Results.Length != 0)
        {
            throw new ArgumentException("the module is not a WASI command: it exports no _start function of type [] -> []", nameof(instance));
        }

        try
        {
            start.Invoke([], []);
            return 0;
        }
        catch (WasiExitException exit)
        {
            return exit.ExitCode;
        }
        finally
        {
            Flush(Configuration.StandardOutput);
            Flush(Configuration.StandardError);
        }
    }

    /// <summary>Closes the files and directories the guest has open; the standard streams stay open.</summary>
    public void Dispose() => Descriptors.CloseAll();

    private static byte[] NullTerminated(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    private static void Flush(Stream? stream)
    {
        try
        {
            stream?.Flush();
        }
        catch (IOException)
        {
            // The output is gone (a closed pipe); the exit code still stands.
        }
    }

    private void AddStream(Stream stream, bool readable) => Descriptors.TryAdd(new StreamDescriptor(stream, readable), out _);
}
