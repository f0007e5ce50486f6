using System.Globalization;
using System.Text.Json;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Rights;

/// <summary>A grant as asked for (API or seed file): codes and names as text, dates as yyyy-MM-dd; checked field by field.</summary>
public sealed record RightGrantInput(string? Window, string? Right, string? ImplementationCode, string? Category, string? ValidFrom, string? ValidTo);

/// <summary>
/// 窗口权限: checking that a window holds a right for an item today (China date, domain clock), granting and revoking,
/// and loading grants from a file. Acts check before they change anything, so a refusal leaves the case as it was.
/// </summary>
public sealed class WindowRights(CaseFlowDbContext db, DomainClock clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The rights a task's completion needs at the intake window, by the task's activity type and outcome (the table is <see cref="Access.WindowActs"/>).</summary>
    public static IReadOnlyList<WindowRightKind> ForTask(string activityType, string outcome) => Access.WindowActs.ForTask(activityType, outcome);

    /// <summary>Throws <see cref="MissingRightException"/> unless a grant in force today gives the window <paramref name="right"/> for the item.</summary>
    public async Task RequireAsync(long windowId, WindowRightKind right, ServiceItem item, CancellationToken ct)
    {
        var today = clock.TodayInChina;
        var grants = await db.WindowRights.AsNoTracking().Where(g => g.OrgUnitId == windowId && g.Right == right).ToListAsync(ct);
        var forItem = grants.Where(g => g.Covers(item)).ToList();
        if (forItem.Any(g => g.IsValidOn(today))) return;

        var window = await db.OrgUnits.AsNoTracking().Where(o => o.Id == windowId).Select(o => new { o.Code, o.Name }).SingleOrDefaultAsync(ct);
        var code = window?.Code ?? windowId.ToString(CultureInfo.InvariantCulture);
        var why = forItem.Count == 0 ? "it holds no such grant"
            : forItem.Where(g => !g.IsRevoked && g.ValidTo < today).OrderByDescending(g => g.ValidTo).FirstOrDefault() is { } expired ? $"its grant expired on {expired.ValidTo:yyyy-MM-dd}"
            : forItem.Where(g => !g.IsRevoked && g.ValidFrom > today).OrderBy(g => g.ValidFrom).FirstOrDefault() is { } future ? $"its grant starts on {future.ValidFrom:yyyy-MM-dd}"
            : "its grant was revoked";
        throw new MissingRightException(right, code, item.ImplementationCode,
            $"Window {window?.Name} ({code}) lacks {WindowRight.Describe(right)} ({right}) for {item.Name} ({item.ImplementationCode}) on {today:yyyy-MM-dd}: {why}.");
    }

    /// <summary>Grants in force or on record for a window (all windows when <paramref name="windowCode"/> is null), newest first.</summary>
    public async Task<List<(WindowRight Grant, OrgUnit Window)>> ListAsync(string? windowCode, CancellationToken ct)
    {
        long? windowId = null;
        if (windowCode is not null)
            windowId = (await FindWindowAsync(windowCode, "window", ct)).Id;
        var rows = await db.WindowRights.AsNoTracking()
            .Where(g => windowId == null || g.OrgUnitId == windowId)
            .Join(db.OrgUnits.AsNoTracking(), g => g.OrgUnitId, o => o.Id, (g, o) => new { Grant = g, Window = o })
            .OrderBy(x => x.Window.Code).ThenByDescending(x => x.Grant.Id).ToListAsync(ct);
        return rows.Select(x => (x.Grant, x.Window)).ToList();
    }

    /// <summary>Validates and saves a grant; an identical grant still in force is a conflict.</summary>
    public async Task<(WindowRight Grant, OrgUnit Window)> GrantAsync(RightGrantInput input, string grantedBy, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (grant, window) = await ValidateAsync(input, "", errors, ct);
        if (errors.Count > 0) throw new DomainValidationException(errors, "The grant is not valid.");
        var same = await db.WindowRights.AsNoTracking().Where(g => g.OrgUnitId == grant!.OrgUnitId && g.Right == grant.Right).ToListAsync(ct);
        if (same.FirstOrDefault(g => !g.IsRevoked && g.SameGrantAs(grant!)) is { } existing)
            throw new DomainConflictException($"Window {window!.Code} already holds this grant ({existing.Id}).");
        grant!.GrantedBy = grantedBy;
        grant.GrantedAtUtc = clock.UtcNow;
        db.WindowRights.Add(grant);
        await db.SaveChangesAsync(ct);
        return (grant, window!);
    }

    public async Task<(WindowRight Grant, OrgUnit Window)> RevokeAsync(long id, string revokedBy, CancellationToken ct)
    {
        var grant = await db.WindowRights.SingleOrDefaultAsync(g => g.Id == id, ct) ?? throw new DomainNotFoundException($"Grant {id} not found.");
        grant.Revoke(revokedBy, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        var window = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Id == grant.OrgUnitId, ct);
        return (grant, window);
    }

    /// <summary>A seed file: <c>{ "source", "grants": [ { "window", "rights": [..], "implementationCode", "category", "validFrom", "validTo" } ] }</c>.</summary>
    public sealed record RightsFile(string? Source, List<SeedGrant>? Grants);

    public sealed record SeedGrant(string? Window, List<string>? Rights, string? ImplementationCode, string? Category, string? ValidFrom, string? ValidTo);

    public static RightsFile Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<RightsFile>(json, Json) ?? throw new DomainValidationException("rights", "The document is empty.");
        }
        catch (JsonException ex)
        {
            throw new DomainValidationException("rights", $"Not a rights file: {ex.Message}");
        }
    }

    /// <summary>Adds every grant of the file that is not on record yet (revoked ones included, so a revocation survives a restart); all or nothing.</summary>
    public async Task<int> ImportAsync(string json, string grantedBy, CancellationToken ct)
    {
        var file = Parse(json);
        var errors = new Dictionary<string, string[]>();
        var grants = new List<WindowRight>();
        var entries = file.Grants ?? [];
        if (entries.Count == 0) errors["grants"] = ["The file grants nothing."];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Rights is not { Count: > 0 }) { errors[$"grants[{i}].rights"] = ["List at least one right."]; continue; }
            for (var r = 0; r < entry.Rights.Count; r++)
            {
                var (grant, _) = await ValidateAsync(new RightGrantInput(entry.Window, entry.Rights[r], entry.ImplementationCode, entry.Category, entry.ValidFrom, entry.ValidTo),
                    $"grants[{i}].", errors, ct, rightField: $"rights[{r}]");
                if (grant is not null) grants.Add(grant);
            }
        }
        if (errors.Count > 0) throw new DomainValidationException(errors, "The rights file is not valid.");

        var windowIds = grants.Select(g => g.OrgUnitId).Distinct().ToList();
        var existing = await db.WindowRights.AsNoTracking().Where(g => windowIds.Contains(g.OrgUnitId)).ToListAsync(ct);
        var now = clock.UtcNow;
        var added = 0;
        foreach (var grant in grants)
        {
            if (existing.Any(grant.SameGrantAs)) continue;
            grant.GrantedBy = grantedBy;
            grant.GrantedAtUtc = now;
            db.WindowRights.Add(grant);
            existing.Add(grant);
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Checks one grant, adding each problem under <paramref name="prefix"/> + the field; returns the grant when the window and right resolve.</summary>
    private async Task<(WindowRight? Grant, OrgUnit? Window)> ValidateAsync(RightGrantInput input, string prefix, Dictionary<string, string[]> errors, CancellationToken ct,
        string rightField = "right")
    {
        OrgUnit? window = null;
        if (string.IsNullOrWhiteSpace(input.Window)) errors[prefix + "window"] = ["The window's org unit code is required."];
        else
        {
            window = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == input.Window, ct);
            if (window is null) { errors[prefix + "window"] = [$"'{input.Window}' is not a known org unit."]; }
            else if (window.Kind != OrgUnitKind.Window) { errors[prefix + "window"] = [$"'{input.Window}' ({window.Name}) is a {window.Kind}, not a Window: rights are granted to windows."]; window = null; }
        }

        WindowRightKind right = default;
        var rightOk = !string.IsNullOrWhiteSpace(input.Right) && Enum.TryParse(input.Right, ignoreCase: true, out right) && Enum.IsDefined(right)
            && !int.TryParse(input.Right, out _);
        if (!rightOk)
            errors[prefix + rightField] = [$"'{input.Right}' is not a window right; use one of: {string.Join(", ", Enum.GetValues<WindowRightKind>().Select(r => $"{r} ({WindowRight.Describe(r)})"))}."];

        var code = Blank(input.ImplementationCode);
        var category = Blank(input.Category);
        if (code is not null && category is not null)
            errors[prefix + "category"] = ["Give either implementationCode (one item) or category (an item category), not both; neither grants every item."];
        else if (code is not null && !await db.ServiceItems.AnyAsync(s => s.ImplementationCode == code, ct))
            errors[prefix + "implementationCode"] = [$"No service item has the implementation code '{code}'."];
        else if (category is not null && !await db.ServiceItems.AnyAsync(s => s.HomeDepartmentCategory == category, ct)
            && !await db.OrgUnits.AnyAsync(o => o.Kind == OrgUnitKind.Department && o.Category == category, ct))
            errors[prefix + "category"] = [$"'{category}' is not an item category (the home department category of an item, e.g. 公安, 民政)."];

        var from = ParseDate(input.ValidFrom, prefix + "validFrom", required: true, errors);
        var to = ParseDate(input.ValidTo, prefix + "validTo", required: false, errors);
        if (from is not null && to is not null && to < from)
            errors[prefix + "validTo"] = [$"validTo ({to:yyyy-MM-dd}) must not be before validFrom ({from:yyyy-MM-dd})."];

        if (window is null || !rightOk || from is null) return (null, window);
        return (new WindowRight
        {
            OrgUnitId = window.Id, Right = right, ImplementationCode = code, Category = category, ValidFrom = from.Value, ValidTo = to,
        }, window);
    }

    private async Task<OrgUnit> FindWindowAsync(string code, string field, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, ct)
            ?? throw new DomainValidationException(field, $"'{code}' is not a known org unit.");
        return unit.Kind == OrgUnitKind.Window ? unit : throw new DomainValidationException(field, $"'{code}' ({unit.Name}) is a {unit.Kind}, not a Window.");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? ParseDate(string? text, string field, bool required, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors[field] = ["A date (yyyy-MM-dd, China date) is required."];
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors[field] = [$"'{text}' is not a date: use yyyy-MM-dd."];
        return null;
    }
}
