using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Common;

namespace CaseFlow.Server.Setup;

/// <summary>
/// Collects what is wrong with a request, each under its JSON path (<c>applicant.name</c>, <c>materials[2].state</c>), and
/// throws one <see cref="DomainValidationException"/> (400 <c>urn:caseflow:problem:validation</c> with <c>errors</c>) listing them all.
/// </summary>
public sealed class InputCheck
{
    private readonly Dictionary<string, string[]> _errors = [];

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public InputCheck Fail(string field, string message)
    {
        _errors.TryAdd(field, [message]);
        return this;
    }

    /// <summary>A string within <paramref name="max"/> characters; <paramref name="required"/> also refuses null and blank.</summary>
    public InputCheck Text(string field, string? value, int max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
            return required ? Fail(field, $"{field} is required.") : this;
        return value.Length > max ? Fail(field, $"{field} may hold at most {max} characters; it has {value.Length}.") : this;
    }

    /// <summary>An enum given by its name (any case), never a number: "0" or "3" is not a name.</summary>
    public InputCheck Name<TEnum>(string field, string? value, bool required = false) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return required ? Fail(field, $"{field} is required.") : this;
        return IsName<TEnum>(value) ? this : Fail(field, $"'{Clip(value)}' is not one of: {string.Join(", ", Enum.GetNames<TEnum>().Select(Camel))}.");
    }

    /// <summary>
    /// An enum name the domain parses itself (listing its own message with the request's other errors), which would still take
    /// a number for one ("1" parses as the second member): only the number is refused here.
    /// </summary>
    public InputCheck NotNumber(string field, string? value) =>
        value is not null && long.TryParse(value.Trim(), out _) ? Fail(field, $"{field} is a name, not a number ('{Clip(value)}').") : this;

    /// <summary>An enum in the query string: minimal APIs bind "2" (or "99") to an enum, so its raw text must be a name.</summary>
    public InputCheck QueryName<TEnum>(HttpRequest request, string parameter) where TEnum : struct, Enum =>
        request.Query.TryGetValue(parameter, out var values) ? Name<TEnum>(parameter, values.ToString()) : this;

    public static bool IsName<TEnum>(string value) where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Any(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));

    public InputCheck Count<T>(string field, IReadOnlyCollection<T>? items, int max)
    {
        if (items is null) return this;
        if (items.Count > max) return Fail(field, $"{field} may hold at most {max} entries; it has {items.Count}.");
        var i = 0;
        foreach (var item in items)
        {
            if (item is null) Fail($"{field}[{i}]", $"{field}[{i}] must not be null.");
            i++;
        }
        return this;
    }

    /// <summary>A date of a filter or report, within 2000-01-01 .. 2100-01-01.</summary>
    public InputCheck Date(string field, DateTime? value)
    {
        if (value is not { } date) return this;
        var utc = date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime();
        return utc < InputLimits.EarliestDate || utc > InputLimits.LatestDate
            ? Fail(field, $"{field} must lie between {InputLimits.EarliestDate:yyyy-MM-dd} and {InputLimits.LatestDate:yyyy-MM-dd}.")
            : this;
    }

    public InputCheck Paging(int page, int pageSize)
    {
        if (page < 1) Fail("page", "page starts at 1.");
        if (pageSize is < 1 or > InputLimits.MaxPageSize) Fail("pageSize", $"pageSize must be between 1 and {InputLimits.MaxPageSize}.");
        return this;
    }

    /// <summary>Free-form JSON (a form, a task's data, variables): at most so many fields, each string within <see cref="InputLimits.Text"/>·2, no deep nesting.</summary>
    public InputCheck Json(string field, JsonNode? node, int depth = 0)
    {
        switch (node)
        {
            case null: return this;
            case JsonObject o when o.Count > InputLimits.FormFields:
                return Fail(field, $"{field} may hold at most {InputLimits.FormFields} fields; it has {o.Count}.");
            case JsonArray a when a.Count > InputLimits.ChecklistItems:
                return Fail(field, $"{field} may hold at most {InputLimits.ChecklistItems} entries; it has {a.Count}.");
            case JsonObject or JsonArray when depth >= 8:
                return Fail(field, $"{field} is nested too deeply (at most 8 levels).");
            case JsonObject o:
                foreach (var (key, value) in o) Json($"{field}.{key}", value, depth + 1);
                return this;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Json($"{field}[{i}]", a[i], depth + 1);
                return this;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 2 * InputLimits.Text:
                return Fail(field, $"{field} may hold at most {2 * InputLimits.Text} characters.");
            default: return this;
        }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new DomainValidationException(_errors, "The request is not valid.");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
