using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Catalog;

/// <summary>
/// An application's form against its item's schema (<see cref="FormField"/>): only known fields, each of its JSON type, within
/// its bounds and format. Every error names <c>form.&lt;field&gt;</c> and the rule. Region codes are checked against the org
/// tree by the caller (<c>CaseService</c>), which has the database.
/// </summary>
public static class FormRules
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The errors of a form; none when it is valid. A supplement (<paramref name="partial"/>) sends only the fields it changes,
    /// so a required field it leaves out is not missing, but one it clears is.
    /// </summary>
    public static Dictionary<string, string[]> Check(IReadOnlyList<FormField> fields, JsonObject? form, bool partial = false)
    {
        var errors = new Dictionary<string, string[]>();
        form ??= [];
        // A hostile key can be huge: the error names at most its first 64 characters.
        foreach (var name in form.Select(p => p.Key).Where(k => fields.All(f => f.Name != k)).Select(k => k.Length > 64 ? k[..64] + "…" : k))
            errors[$"form.{name}"] = [$"'{name}' is not a field of this item's form; its fields are: {string.Join(", ", fields.Select(f => f.Name))}."];
        foreach (var field in fields)
        {
            var given = form.TryGetPropertyValue(field.Name, out var node);
            if (partial && !given) continue;
            if (Problem(field, node) is { } problem) errors[$"form.{field.Name}"] = [problem];
        }
        return errors;
    }

    /// <summary>The one rule a value breaks, or null.</summary>
    public static string? Problem(FormField field, JsonNode? node)
    {
        if (node is not null && node.GetValueKind() is var kind && !KindFits(field, kind))
            return $"{field.Label} must be {(field.Type == FormFieldTypes.Number ? "a number" : "text (a JSON string)")}, not {Describe(kind)}.";
        var text = node?.GetValueKind() == JsonValueKind.Number ? node.ToJsonString() : node?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(text)) return field.Required ? $"{field.Label} is required." : null;
        if (text.Length > field.TextLimit) return $"{field.Label} must be at most {field.TextLimit} characters.";
        switch (field.Type)
        {
            case FormFieldTypes.Select when field.Options is { Count: > 0 } options && !options.Contains(text):
                return $"{field.Label} must be one of: {string.Join(", ", options)}.";
            case FormFieldTypes.Date when !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || date.Year is < 1900 or > 2100:
                return $"{field.Label} must be a date yyyy-MM-dd between 1900 and 2100.";
            case FormFieldTypes.Number:
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return $"{field.Label} must be a number.";
                if (number < field.Min || number > field.Max) return $"{field.Label} must be between {field.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} and {field.Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}.";
                break;
        }
        if (field.Pattern is { } pattern && !Matches(pattern, text)) return $"{field.Label} does not have the required form ({pattern}).";
        return field.Format switch
        {
            FormFormats.IdNumber when !ResidentIdNumber.IsValid(text) => $"{field.Label}: {ResidentIdNumber.Rule}",
            FormFormats.Phone when !MobileNumber.IsValid(text) => $"{field.Label}: {MobileNumber.Rule}",
            _ => null,
        };
    }

    /// <summary>Whether a pattern is a regular expression at all (the catalog import refuses one that is not).</summary>
    public static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, PatternTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool KindFits(FormField field, JsonValueKind kind) => kind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.String => true,
        JsonValueKind.Number => field.Type == FormFieldTypes.Number,
        _ => false,
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.None, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
