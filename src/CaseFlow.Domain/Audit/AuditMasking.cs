using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Audit;

/// <summary>
/// Events store personal data as it was (the hash covers the stored bytes); readers who do not need it see 身份证号 and phone
/// numbers masked, found by name: "Applicant.IdNumber", a form field "maleIdNumber", "Phone" inside a JSON text column.
/// </summary>
public static class AuditMasking
{
    /// <summary>A masked copy of an event's changes.</summary>
    public static JsonObject Mask(JsonObject changes)
    {
        var masked = new JsonObject();
        foreach (var (name, change) in changes) masked[name] = MaskNode(change, RuleFor(name));
        return masked;
    }

    private static Func<string?, string>? RuleFor(string name)
    {
        var last = name[(name.LastIndexOf('.') + 1)..];
        if (last.Contains("idnumber", StringComparison.OrdinalIgnoreCase)) return Masking.IdNumber;
        if (last.Contains("phone", StringComparison.OrdinalIgnoreCase) || last.Contains("mobile", StringComparison.OrdinalIgnoreCase)) return Masking.Phone;
        return null;
    }

    // Returns new nodes: a node can have only one parent.
    private static JsonNode? MaskNode(JsonNode? node, Func<string?, string>? rule)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                // before/after keep the rule of their property; any other key is judged by its own name.
                foreach (var (key, child) in obj) copy[key] = MaskNode(child, key is "before" or "after" ? rule : RuleFor(key));
                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(item => MaskNode(item, rule)).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (rule is not null) return JsonValue.Create(rule(text));
                return EmbeddedObject(text) is { } embedded ? JsonValue.Create(MaskNode(embedded, null)!.ToJsonString(AuditJson.Options)) : value.DeepClone();
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>A JSON object stored as text (the form data column).</summary>
    private static JsonObject? EmbeddedObject(string text)
    {
        if (!text.StartsWith('{')) return null;
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
