using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CaseFlow.Workflows.Definitions;

/// <summary>The one JSON form of a definition (camelCase, readable Chinese).</summary>
public static class DefinitionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static WorkflowDefinition Parse(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options)
        ?? throw new JsonException("The document is empty.");

    public static string Serialize(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Hash of the procedure's content, ignoring version and publishing flags, so an unchanged file is recognised (docs/decisions.md, decision 12).</summary>
    public static string ContentHash(WorkflowDefinition definition)
    {
        var copy = new WorkflowDefinition
        {
            DefinitionId = definition.DefinitionId,
            Name = definition.Name,
            Description = definition.Description,
            Variables = definition.Variables,
            Root = definition.Root,
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(copy, Options);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static WorkflowDefinition Clone(WorkflowDefinition definition) => Parse(Serialize(definition));

}
