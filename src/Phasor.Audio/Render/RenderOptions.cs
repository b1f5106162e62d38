namespace Phasor.Audio.Render;

/// <summary>How long to render and in what block size.</summary>
/// <param name="Seconds">Length of the render.</param>
/// <param name="BlockSize">Frames per process call; must not exceed the kernel's MaxBlock.</param>
public sealed record RenderOptions(double Seconds, int BlockSize = 128);
