using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Catalog;

/// <summary>Loads service items from JSON; a changed item becomes a new version, an unchanged one is skipped.</summary>
public sealed class CatalogImporter(CaseFlowDbContext db, DomainClock clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static ServiceItem Parse(string json) =>
        JsonSerializer.Deserialize<ServiceItem>(json, Json) ?? throw new DomainValidationException("item", "The document is empty.");

    /// <summary>Every rule an item must meet, each naming its field.</summary>
    public static Dictionary<string, string[]> Validate(ServiceItem item)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);
        if (item.BasicCode.Length != 12) Add("basicCode", "基本编码 must be 12 characters.");
        if (item.ImplementationCode.Length is 0 or > 36) Add("implementationCode", "实施编码 must be 1 to 36 characters.");
        if (string.IsNullOrWhiteSpace(item.Name)) Add("name", "An item needs a name.");
        if (string.IsNullOrWhiteSpace(item.DefinitionId)) Add("definitionId", "An item names the definition that runs it.");
        if (string.IsNullOrWhiteSpace(item.HomeDepartmentCategory)) Add("homeDepartmentCategory", "An item names the kind of department that decides it.");
        if (item.StatutoryLimit.Value < 0 || item.CommittedLimit.Value < 0) Add("committedLimit", "Limits cannot be negative.");
        if (item.StatutoryLimit.Unit == item.CommittedLimit.Unit && item.CommittedLimit.Value > item.StatutoryLimit.Value)
            Add("committedLimit", "承诺时限 must not be longer than 法定时限.");
        if (item.CaseType == CaseType.Immediate && item.CommittedLimit.Value != 0) Add("committedLimit", "即办件 have a committed limit of 0.");
        if (item.Situations.Count == 0) Add("situations", "An item needs at least one situation (办事情形).");
        foreach (var situation in item.Situations.Where(s => s.Materials.GroupBy(m => m.Code).Any(g => g.Count() > 1)))
            Add("situations", $"Situation {situation.Code} lists a material code twice.");
        foreach (var (field, message) in item.Timekeeping.Problems()) Add(field, message);
        foreach (var point in item.ReviewPoints.Where(p => string.IsNullOrWhiteSpace(p.Basis)))
            Add("reviewPoints", $"Review point {point.Code} needs its legal basis.");
        foreach (var (field, message) in FormSchemaProblems(item.FormFields)) Add(field, message);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>The form schema's own rules: what <see cref="FormRules"/> checks applications against must make sense.</summary>
    private static IEnumerable<(string Field, string Message)> FormSchemaProblems(List<FormField> fields)
    {
        foreach (var name in fields.GroupBy(f => f.Name).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return ("formFields", $"Form field '{name}' is declared twice.");
        for (var i = 0; i < fields.Count; i++)
        {
            var (f, at) = (fields[i], $"formFields[{i}]");
            if (string.IsNullOrWhiteSpace(f.Name)) yield return ($"{at}.name", "A form field needs a name.");
            if (!FormFieldTypes.All.Contains(f.Type)) yield return ($"{at}.type", $"The type must be one of: {string.Join(", ", FormFieldTypes.All)}.");
            if (f.Format is { } format && (!FormFormats.All.Contains(format) || f.Type != FormFieldTypes.Text))
                yield return ($"{at}.format", $"A format is for text fields and one of: {string.Join(", ", FormFormats.All)}.");
            if (f.MaxLength is < 1 or > 4000) yield return ($"{at}.maxLength", "maxLength must be between 1 and 4000.");
            if (f.Min > f.Max) yield return ($"{at}.min", "min must not be greater than max.");
            if ((f.Min ?? f.Max) is not null && f.Type != FormFieldTypes.Number) yield return ($"{at}.min", "min and max are for number fields.");
            if (f.Pattern is { } pattern && !FormRules.IsValidPattern(pattern)) yield return ($"{at}.pattern", "The pattern is not a valid regular expression.");
            if (f.Type == FormFieldTypes.Select && f.Options is not { Count: > 0 }) yield return ($"{at}.options", "A select field lists its options.");
        }
    }

    /// <summary>Imports one item; returns the new version, or null when the same content is already current.</summary>
    public async Task<ServiceItem?> ImportAsync(string json, CancellationToken ct)
    {
        var item = Parse(json);
        var errors = Validate(item);
        if (errors.Count > 0) throw new DomainValidationException(errors, $"Service item '{item.Name}' is invalid.");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(item, Json))));
        var versions = await db.ServiceItems.Where(s => s.ImplementationCode == item.ImplementationCode).ToListAsync(ct);
        if (versions.Any(v => v.IsCurrent && v.ContentHash == hash)) return null;
        foreach (var old in versions) old.IsCurrent = false;
        item.Id = 0;
        item.Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
        item.IsCurrent = true;
        item.ContentHash = hash;
        item.ImportedAtUtc = clock.UtcNow;
        db.ServiceItems.Add(item);
        return item;
    }
}
