using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Org;

/// <summary>Loads an org tree (province → … → community, with departments and windows) from nested JSON; upserts by code.</summary>
public sealed class OrgImporter(CaseFlowDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record OrgNode(string Code, string Name, OrgUnitKind Kind, string? Category, List<OrgNode>? Children);

    public async Task<int> ImportAsync(string json, CancellationToken ct)
    {
        var root = JsonSerializer.Deserialize<OrgNode>(json, Json) ?? throw new DomainValidationException("org", "The document is empty.");
        var existing = await db.OrgUnits.ToDictionaryAsync(o => o.Code, ct);
        var added = 0;
        async Task Visit(OrgNode node, OrgUnit? parent)
        {
            if (string.IsNullOrWhiteSpace(node.Code) || node.Code.Length > 32) throw new DomainValidationException("code", $"Org unit '{node.Name}' needs a code of at most 32 characters.");
            if (!existing.TryGetValue(node.Code, out var unit))
            {
                unit = new OrgUnit { Code = node.Code };
                db.OrgUnits.Add(unit);
                existing[node.Code] = unit;
                added++;
            }
            unit.Name = node.Name;
            unit.Kind = node.Kind;
            unit.Category = node.Category;
            unit.ParentId = parent?.Id;
            if (unit.Id == 0 || parent?.Id == 0) await db.SaveChangesAsync(ct); // ids are needed for children's paths
            unit.ParentId = parent?.Id;
            unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
            foreach (var child in node.Children ?? []) await Visit(child, unit);
        }
        await Visit(root, null);
        return added;
    }
}
