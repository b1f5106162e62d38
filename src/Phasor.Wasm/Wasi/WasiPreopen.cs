namespace Phasor.Wasm.Wasi;

/// <summary>
/// A host directory the guest may use, under the name it sees it by (<c>--dir HOST::GUEST</c>). The guest reaches
/// nothing outside it: paths with <c>..</c> above it, absolute paths and symbolic links leading out are refused.
/// </summary>
/// <param name="HostPath">The directory on the host.</param>
/// <param name="GuestPath">The path the guest opens it by, such as <c>/data</c> or <c>.</c>.</param>
public sealed record WasiPreopen(string HostPath, string GuestPath)
{
    /// <summary>Parses <c>HOST</c> (seen by the guest under the same path) or <c>HOST::GUEST</c>.</summary>
    /// <exception cref="FormatException">Either side is empty.</exception>
    public static WasiPreopen Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var split = spec.IndexOf("::", StringComparison.Ordinal);
        var (host, guest) = split < 0 ? (spec, spec) : (spec[..split], spec[(split + 2)..]);
        if (host.Length == 0 || guest.Length == 0)
        {
            throw new FormatException($"'{spec}' is not HOST or HOST::GUEST");
        }

        return new WasiPreopen(host, guest);
    }
}
