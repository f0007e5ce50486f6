namespace CaseFlow.Workflows.Definitions;

/// <summary>
/// The nulls a JSON document can put where a definition expects a value (<c>"root": null</c>, <c>"activities": [null]</c>,
/// <c>"props": null</c>), each under its JSON path. <see cref="DefinitionValidator"/> reports them before anything else, since
/// the other checks walk what they would be missing; the API refuses such a body with 400 before it reaches the store.
/// </summary>
public static class DefinitionShape
{
    public static IReadOnlyList<ValidationProblem> Problems(WorkflowDefinition definition)
    {
        var problems = new List<ValidationProblem>();
        void Null(string path) => problems.Add(new("required", path, $"{path} must not be null."));

        if (definition.DefinitionId is null) Null("definitionId");
        if (definition.Name is null) Null("name");
        if (definition.Variables is null) Null("variables");
        if (definition.Root is not { } root) { Null("root"); return problems; }
        if (root.Activities is null) Null("root.activities");
        else
            for (var i = 0; i < root.Activities.Count; i++)
            {
                var path = $"root.activities[{i}]";
                if (root.Activities[i] is not { } node) { Null(path); continue; }
                if (node.Id is null) Null($"{path}.id");
                if (node.Type is null) Null($"{path}.type");
                if (node.Props is null) Null($"{path}.props");
            }
        if (root.Connections is null) Null("root.connections");
        else
            for (var i = 0; i < root.Connections.Count; i++)
            {
                var path = $"root.connections[{i}]";
                if (root.Connections[i] is not { } c) { Null(path); continue; }
                if (c.From is null) Null($"{path}.from");
                if (c.To is null) Null($"{path}.to");
                if (c.Port is null) Null($"{path}.port");
            }
        return problems;
    }
}
