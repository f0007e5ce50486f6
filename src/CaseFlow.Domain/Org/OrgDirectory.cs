using System.Text.RegularExpressions;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Org;

/// <summary>An org unit as asked for: kind as text (province … community, department, window), the parent by code.</summary>
public sealed record NewOrgUnit(string? Code, string? Name, string? Kind, string? ParentCode, string? Category);

/// <summary>The org tree as administrators change it: listing (in tree order) and adding units under the regions.</summary>
public sealed partial class OrgDirectory(CaseFlowDbContext db)
{
    /// <summary>Units in tree order (each parent before its children); only the subtree of <paramref name="under"/> when given.</summary>
    public async Task<List<OrgUnit>> ListAsync(string? under, CancellationToken ct)
    {
        var query = db.OrgUnits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(under))
        {
            var root = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == under, ct)
                ?? throw new DomainValidationException("under", $"'{under}' is not a known org unit.");
            query = query.Where(o => o.Path.StartsWith(root.Path));
        }
        // Paths are "/id/id/…/": a prefix sorts before its extensions, so ordinal order is depth-first tree order.
        var units = await query.ToListAsync(ct);
        return units.OrderBy(o => o.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Adds a unit: a province is a root; a city, district, town or community hangs under a region of a higher level;
    /// a department (with its category) or a window hangs under a region. One transaction: the unit and its path.
    /// </summary>
    public async Task<OrgUnit> CreateAsync(NewOrgUnit input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var code = input.Code?.Trim();
        if (string.IsNullOrEmpty(code) || !CodePattern().IsMatch(code))
            errors["code"] = ["The code is required: 1–32 letters, digits, '-' or '_' (e.g. 500103-W03)."];
        else if (await db.OrgUnits.AnyAsync(o => o.Code == code, ct))
            errors["code"] = [$"'{code}' is already the code of an org unit."];

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100) errors["name"] = ["The name is required (at most 100 characters)."];

        OrgUnitKind kind = default;
        var kindOk = !string.IsNullOrWhiteSpace(input.Kind) && !int.TryParse(input.Kind, out _) && Enum.TryParse(input.Kind, ignoreCase: true, out kind) && Enum.IsDefined(kind);
        if (!kindOk) errors["kind"] = [$"'{input.Kind}' is not an org unit kind; use one of: {string.Join(", ", Enum.GetNames<OrgUnitKind>().Select(n => n.ToLowerInvariant()))}."];

        OrgUnit? parent = null;
        var parentCode = string.IsNullOrWhiteSpace(input.ParentCode) ? null : input.ParentCode.Trim();
        if (parentCode is not null)
        {
            parent = await db.OrgUnits.SingleOrDefaultAsync(o => o.Code == parentCode, ct);
            if (parent is null) errors["parentCode"] = [$"'{parentCode}' is not a known org unit."];
        }
        if (kindOk && (parentCode is null || parent is not null))
        {
            var rule = kind switch
            {
                OrgUnitKind.Province when parent is not null => "A province is the root of its tree: give no parentCode.",
                OrgUnitKind.Province => null,
                _ when parent is null => $"A {kind.ToString().ToLowerInvariant()} needs a parentCode.",
                OrgUnitKind.Department or OrgUnitKind.Window when !parent.IsRegion => $"A {kind.ToString().ToLowerInvariant()} hangs on a region, not on the {parent.Kind.ToString().ToLowerInvariant()} '{parent.Code}'.",
                OrgUnitKind.Department or OrgUnitKind.Window => null,
                _ when !parent.IsRegion || parent.Kind >= kind => $"A {kind.ToString().ToLowerInvariant()} hangs under a region of a higher level (province → city → district → town → community), not under the {parent.Kind.ToString().ToLowerInvariant()} '{parent.Code}'.",
                _ => null,
            };
            if (rule is not null) errors["parentCode"] = [rule];
        }

        var category = string.IsNullOrWhiteSpace(input.Category) ? null : input.Category.Trim();
        if (kindOk && kind == OrgUnitKind.Department && (category is null || category.Length > 32))
            errors["category"] = ["A department needs its category (the kind of items it decides, e.g. 公安, 民政; at most 32 characters)."];
        else if (kindOk && kind != OrgUnitKind.Department && category is not null)
            errors["category"] = [$"Only departments have a category; a {kind.ToString().ToLowerInvariant()} has none."];
        if (parent is not null && parent.Path.Length > 360) errors["parentCode"] = ["The tree is too deep under this parent."];
        if (errors.Count > 0) throw new DomainValidationException(errors, "The org unit is not valid.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unit = new OrgUnit { Code = code!, Name = name!, Kind = kind, ParentId = parent?.Id, Category = category };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct); // the id is part of the path
        unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return unit;
    }

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z_-]{0,31}$")]
    private static partial Regex CodePattern();
}
