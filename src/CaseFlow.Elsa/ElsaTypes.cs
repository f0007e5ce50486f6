using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Elsa;

/// <summary>Elsa's type names and the shape of an input (<c>{"typeName", "expression": {"type", "value"}}</c>).</summary>
public static class ElsaTypes
{
    public const string Flowchart = "Elsa.Flowchart";
    /// <summary>The prefix of our own activity types in an exported document (custom activities to Elsa).</summary>
    public const string CustomPrefix = "CaseFlow.";

    /// <summary>What a type name holds: Elsa writes aliases (<c>Int32</c>) or CLR names (<c>System.Int32, System.Private.CoreLib</c>).</summary>
    public static JsonValueKind Kind(string? typeName) => Alias(typeName) switch
    {
        "int16" or "int32" or "int64" or "long" or "int" or "double" or "decimal" or "single" or "float" or "number" or "uint32" or "uint64" => JsonValueKind.Number,
        "boolean" or "bool" => JsonValueKind.True,
        "object" or "objectmap" or "jsonobject" or "expandoobject" or "jsonnode" or "array" => JsonValueKind.Object,
        _ => JsonValueKind.String,
    };

    private static string Alias(string? typeName)
    {
        var name = (typeName ?? "").Split(',')[0].Trim();
        return name[(name.LastIndexOf('.') + 1)..].ToLowerInvariant();
    }

    public static JsonObject Input(string typeName, string expressionType, JsonNode? value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = expressionType, ["value"] = value?.DeepClone() },
    };

    /// <summary>A variable's stored value typed by its type name (Elsa stores most values as text).</summary>
    public static JsonNode? TypedValue(JsonNode? value, string? typeName)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text)) return value?.DeepClone();
        switch (Kind(typeName))
        {
            case JsonValueKind.Number when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n):
                return n == Math.Floor(n) && Math.Abs(n) < 9e15 ? JsonValue.Create((long)n) : JsonValue.Create(n);
            case JsonValueKind.True when bool.TryParse(text, out var b):
                return JsonValue.Create(b);
            case JsonValueKind.Object:
                try { return JsonNode.Parse(text); } catch (JsonException) { return JsonValue.Create(text); }
            default:
                return JsonValue.Create(text);
        }
    }

    public static (string TypeName, string Value) Untyped(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.String => ("String", value.GetValue<string>()),
        JsonValueKind.Number => (value.ToJsonString().Contains('.') ? "Double" : "Int64", value.ToJsonString()),
        JsonValueKind.True or JsonValueKind.False => ("Boolean", value.ToJsonString()),
        null => ("Object", ""),
        _ => ("Object", value.ToJsonString()),
    };
}
