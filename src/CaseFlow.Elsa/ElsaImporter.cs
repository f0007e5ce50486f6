using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Definitions;

namespace CaseFlow.Elsa;

/// <summary>What an import gives: the draft (null only when the document is not an Elsa definition at all) and what is wrong with it.</summary>
public sealed record ElsaImportResult(WorkflowDefinition? Definition, IReadOnlyList<ValidationProblem> Problems);

/// <summary>
/// Reads an Elsa 3 workflow-definition document into a CaseFlow definition (README, "Elsa 3 definitions"). Never throws: anything
/// it cannot read or run is a problem naming the activity or input, and the rest is still imported.
/// </summary>
public static class ElsaImporter
{
    public const string SyntheticStart = "start";
    public const string SyntheticEnd = "end";

    public static ElsaImportResult Import(string json) => Import(Encoding.UTF8.GetBytes(json));

    public static ElsaImportResult Import(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 128 });
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return new(null, [new("elsa-json", "", $"The document is not JSON: {ex.Message}")]);
        }
        if (document is not JsonObject root) return new(null, [new("elsa-json", "", "An Elsa workflow definition is a JSON object.")]);
        try
        {
            return Read(root);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // A shape no rule below foresaw (a number where a name belongs, …): a problem, never a 500 (issue 15).
            return new(null, [new("elsa-json", "", $"The document does not have the shape of an Elsa workflow definition: {ex.Message}")]);
        }
    }

    private static ElsaImportResult Read(JsonObject root)
    {
        var problems = new List<ValidationProblem>();
        var definition = new WorkflowDefinition
        {
            DefinitionId = Text(root["definitionId"]) ?? Text(root["id"]) ?? "",
            Name = Text(root["name"]) ?? "",
            Description = Text(root["description"]) is { Length: > 0 } d ? d : null,
            Version = root["version"] is JsonValue v && v.TryGetValue<int>(out var version) && version > 0 ? version : 1,
        };
        if (definition.DefinitionId.Length == 0) problems.Add(new("required", "definitionId", "The Elsa document has no definitionId."));

        var variableNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in Items(root["variables"]))
        {
            if (Text(item["name"]) is not { Length: > 0 } name) { problems.Add(new("elsa-variable", "variables", "A variable has no name.")); continue; }
            if (Text(item["id"]) is { Length: > 0 } id) variableNames[id] = name;
            definition.Variables[name] = ElsaTypes.TypedValue(item["value"], Text(item["typeName"]));
        }
        // Workflow inputs arrive as variables of the instance (our child workflows get their parent's variables): declared as such.
        foreach (var item in Items(root["inputs"]))
            if (Text(item["name"]) is { Length: > 0 } name && !definition.Variables.ContainsKey(name))
                definition.Variables[name] = ElsaTypes.TypedValue(item["defaultValue"], Text(item["type"]));

        if (root["root"] is not JsonObject chart)
        {
            problems.Add(new("required", "root", "The Elsa document has no root activity."));
            return new(definition, problems);
        }
        var reader = new ElsaReader(problems, variableNames);
        reader.ReadRoot(chart, definition.Root);
        return new(definition, problems);
    }

    internal static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    internal static IEnumerable<JsonObject> Items(JsonNode? node) => node is JsonArray array ? array.OfType<JsonObject>() : [];
}
