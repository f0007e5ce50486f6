using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseFlow.Elsa;

/// <summary>
/// Elsa expressions as our JavaScript expressions (docs/decisions.md, decision 25). Elsa's JavaScript helpers are declared in a
/// fixed prefix only when the script uses them, so the prefix can be taken off again on export and a plain script stays as written.
/// </summary>
public static partial class ElsaScript
{
    public const string Prefix = "/* elsa */ var variables = vars; function getVariable(n) { return vars[n]; } function getInput(n) { return vars[n]; }\n";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"\b(getVariable|getInput|variables)\b")]
    private static partial Regex Helpers();

    public static string FromJavaScript(string script) => Helpers().IsMatch(script) ? Prefix + script : script;

    /// <summary>The Elsa script behind one of our expressions (the prefix removed).</summary>
    public static string ToJavaScript(string expression) => expression.StartsWith(Prefix, StringComparison.Ordinal) ? expression[Prefix.Length..] : expression;

    public static string FromVariable(string name) => FromJavaScript($"getVariable({Quote(name)})");

    public static string Quote(string text) => JsonSerializer.Serialize(text, Relaxed);

    /// <summary>A literal as a JavaScript literal: numbers and booleans when the declared type says so, otherwise a string.</summary>
    public static string FromLiteral(JsonNode? value, string? typeName)
    {
        if (value is null) return "null";
        if (value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False) return value.ToJsonString();
        if (value.GetValueKind() != JsonValueKind.String) return "(" + value.ToJsonString() + ")";
        var text = value.GetValue<string>();
        return ElsaTypes.Kind(typeName) switch
        {
            JsonValueKind.Number when ElsaTypes.TypedValue(value, typeName) is { } number && number.GetValueKind() == JsonValueKind.Number => number.ToJsonString(),
            JsonValueKind.True when bool.TryParse(text, out var b) => b ? "true" : "false",
            _ => Quote(text),
        };
    }

    /// <summary>Our expression as an Elsa input: a literal when it is one, otherwise JavaScript.</summary>
    public static JsonObject ToInput(string? expression, string typeName = "Object")
    {
        if (expression is null) return ElsaTypes.Input(typeName, "Literal", null);
        try
        {
            var literal = JsonNode.Parse(expression);
            switch (literal?.GetValueKind())
            {
                case JsonValueKind.String: return ElsaTypes.Input("String", "Literal", literal.GetValue<string>());
                case JsonValueKind.Number: return ElsaTypes.Input(literal.ToJsonString().Contains('.') ? "Double" : "Int64", "Literal", literal.ToJsonString());
                case JsonValueKind.True or JsonValueKind.False: return ElsaTypes.Input("Boolean", "Literal", literal.ToJsonString());
            }
        }
        catch (JsonException)
        {
        }
        return ElsaTypes.Input(typeName, "JavaScript", ToJavaScript(expression));
    }
}
