using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Audit;

/// <summary>
/// Events store personal data as it was (the hash covers the stored bytes); readers who do not need it see 身份证号, phone
/// numbers and addresses masked, found by name ("Applicant.IdNumber", a form field "maleIdNumber", "Phone" inside a JSON text
/// column, "DeliveryAddress"), and every form field the case's item marks personal by its format's rule (README "Personal data").
/// </summary>
public static class AuditMasking
{
    /// <summary>A masked copy of an event's changes.</summary>
    public static JsonObject Mask(JsonObject changes, IEnumerable<FormField>? formFields = null)
    {
        var personal = (formFields ?? []).Where(f => f.Personal).ToDictionary(f => f.Name, f => Masking.ForFormat(f.Format));
        var masked = new JsonObject();
        foreach (var (name, change) in changes) masked[name] = MaskNode(change, RuleFor(name, personal), personal);
        return masked;
    }

    private static Func<string?, string>? RuleFor(string name, Dictionary<string, Func<string?, string>> personal)
    {
        var last = name[(name.LastIndexOf('.') + 1)..];
        return personal.TryGetValue(last, out var rule) ? rule : Masking.ByName(last);
    }

    // Returns new nodes: a node can have only one parent.
    private static JsonNode? MaskNode(JsonNode? node, Func<string?, string>? rule, Dictionary<string, Func<string?, string>> personal)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                // before/after keep the rule of their property; any other key is judged by its own name.
                foreach (var (key, child) in obj) copy[key] = MaskNode(child, key is "before" or "after" ? rule : RuleFor(key, personal), personal);
                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(item => MaskNode(item, rule, personal)).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (rule is not null) return JsonValue.Create(rule(text));
                return EmbeddedObject(text) is { } embedded ? JsonValue.Create(MaskNode(embedded, null, personal)!.ToJsonString(AuditJson.Options)) : value.DeepClone();
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
