namespace Phasor.Graph.Planning;

/// <summary>A resolved wire: output <see cref="SourcePort"/> of node <see cref="Source"/> feeds input <see cref="TargetPort"/> of node <see cref="Target"/>.</summary>
/// <param name="Source">Producer node index.</param>
/// <param name="SourcePort">Producer output index.</param>
/// <param name="Target">Consumer node index.</param>
/// <param name="TargetPort">Consumer input index.</param>
public readonly record struct Edge(int Source, int SourcePort, int Target, int TargetPort);
