using Phasor.Script.Syntax;

namespace Phasor.Script.Compiling;

/// <summary>The engine-wide map from name ids to <see cref="GlobalCell"/>s, consulted only while compiling.</summary>
internal sealed class GlobalTable(NameTable names)
{
    private readonly Dictionary<int, GlobalCell> _cells = [];

    public NameTable Names { get; } = names;

    public GlobalCell Get(int nameId)
    {
        if (!_cells.TryGetValue(nameId, out var cell))
        {
            cell = new GlobalCell(Names[nameId]);
            _cells[nameId] = cell;
        }

        return cell;
    }
}
