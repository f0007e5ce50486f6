using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Definitions;

/// <summary>A versioned flowchart procedure: the document the designer edits, the API serves and workflows/*.json holds.</summary>
public sealed class WorkflowDefinition
{
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; } = 1;
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool IsPublished { get; set; }
    public bool IsLatest { get; set; }
    public JsonObject Variables { get; set; } = new();
    public Flowchart Root { get; set; } = new();

    public ActivityNode? FindActivity(string id) => Root.Activities.FirstOrDefault(a => a.Id == id);

    public IEnumerable<Connection> Outgoing(string activityId) => Root.Connections.Where(c => c.From == activityId);
}

public sealed class Flowchart
{
    public List<ActivityNode> Activities { get; set; } = [];
    public List<Connection> Connections { get; set; } = [];
}

public sealed class ActivityNode
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string? Name { get; set; }
    public JsonObject Props { get; set; } = new();
    public DesignerPosition? Designer { get; set; }

    public string? PropString(string name) =>
        Props.TryGetPropertyValue(name, out var node) && node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

public sealed record DesignerPosition(double X, double Y);

public sealed class Connection
{
    public const string DefaultPort = "done";
    public string From { get; set; } = "";
    public string Port { get; set; } = DefaultPort;
    public string To { get; set; } = "";
}
