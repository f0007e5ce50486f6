using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa;

/// <summary>
/// The flowchart as Elsa reads it: back-edges (loops, found depth-first from Start, which re-execute their target) and forward
/// edges, and for a place where forward paths meet, the nearest Fork they all come from (docs/decisions.md, decision 25).
/// </summary>
public sealed class FlowGraph
{
    private readonly Flowchart _chart;
    private readonly HashSet<Connection> _back = [];

    public FlowGraph(Flowchart chart)
    {
        _chart = chart;
        var start = chart.Activities.FirstOrDefault(a => a.Type == StartActivity.TypeName)?.Id;
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the stack, 2 done
        if (start is not null) Visit(start, state);
    }

    public bool IsBack(Connection c) => _back.Contains(c);

    public IEnumerable<Connection> ForwardInbound(string id) => _chart.Connections.Where(c => c.To == id && !_back.Contains(c));

    /// <summary>The nearest Fork every one of <paramref name="sources"/> descends from (a source may be the Fork itself), or null.</summary>
    public string? CommonFork(IEnumerable<string> sources)
    {
        Dictionary<string, int>? common = null;
        foreach (var source in sources)
        {
            var forks = ForkAncestors(source);
            common = common is null ? forks : common.Where(f => forks.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => Math.Max(f.Value, forks[f.Key]));
        }
        return common is { Count: > 0 } ? common.OrderBy(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key : null;
    }

    private Dictionary<string, int> ForkAncestors(string source)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [source] = 0 };
        var queue = new Queue<string>([source]);
        while (queue.TryDequeue(out var id))
            foreach (var c in ForwardInbound(id))
                if (distance.TryAdd(c.From, distance[id] + 1)) queue.Enqueue(c.From);
        var forks = _chart.Activities.Where(a => a.Type == ForkActivity.TypeName).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return distance.Where(d => forks.Contains(d.Key)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
    }

    private void Visit(string id, Dictionary<string, int> state)
    {
        // Iterative depth-first walk: a connection to a node still on the stack closes a loop.
        var stack = new Stack<(string Id, IEnumerator<Connection> Next)>();
        state[id] = 1;
        stack.Push((id, _chart.Connections.Where(c => c.From == id).ToList().GetEnumerator()));
        while (stack.Count > 0)
        {
            var (current, next) = stack.Peek();
            if (!next.MoveNext())
            {
                state[current] = 2;
                stack.Pop();
                continue;
            }
            var c = next.Current;
            switch (state.GetValueOrDefault(c.To))
            {
                case 1: _back.Add(c); break;
                case 0:
                    state[c.To] = 1;
                    stack.Push((c.To, _chart.Connections.Where(x => x.From == c.To).ToList().GetEnumerator()));
                    break;
            }
        }
    }
}
