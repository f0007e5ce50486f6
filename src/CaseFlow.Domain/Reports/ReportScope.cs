using CaseFlow.Domain.Access;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// The cases a report may count: those the access policy lets the actor supervise (<see cref="AccessPolicy.SupervisedCasesAsync"/>),
/// narrowed by the filters. A missing period is the current month up to today; an unknown code or a reversed period is a 400
/// naming the field, before anything is read.
/// </summary>
public sealed class ReportScope(CaseFlowDbContext db, AccessPolicy access, WorkCalendarProvider calendars, DomainClock clock)
{
    /// <summary>The longest period one report covers (a daily series has one point per day).</summary>
    public const int MaxDays = 400;

    public WorkCalendar Calendar => calendars.Current;

    public DateTime Now => clock.UtcNow;

    /// <summary>The cases the actor supervises (lists, 时效考核), narrowed by the filters.</summary>
    public async Task<(IQueryable<Case> Cases, ResolvedFilter Filter)> CasesAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var cases = await access.SupervisedCasesAsync(actor, ct);
        var resolved = Resolve(filter);
        return (Narrow(cases, await NarrowingAsync(filter, ct)), resolved);
    }

    /// <summary>What the actor's rates count (<see cref="AccessPolicy.RatedAsync"/>), as cases and summary rows, narrowed alike.</summary>
    public async Task<(IQueryable<Case> Cases, IQueryable<RateDayCount> Days, ResolvedFilter Filter)> RatedAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var (cases, days) = await access.RatedAsync(actor, ct);
        var resolved = Resolve(filter);
        var n = await NarrowingAsync(filter, ct);
        return (Narrow(cases, n), NarrowRows(days, n), resolved);
    }

    /// <summary>
    /// What the actor's 时效考核 counts (docs/decisions.md, decision 34): the cases narrowed by the filters, the supervised units
    /// (null for admins) that <see cref="StepCounts"/> checks each step against, and the summary rows under the same rule.
    /// </summary>
    public async Task<(IQueryable<Case> Cases, HashSet<long>? Units, IQueryable<StepDayCount> Days, ResolvedFilter Filter)> TimedAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var units = await access.SupervisedUnitIdsAsync(actor, ct);
        var resolved = Resolve(filter);
        var n = await NarrowingAsync(filter, ct);
        var days = db.StepDayCounts.AsNoTracking();
        if (units is not null) days = days.Where(r => units.Contains(r.UnitId) || units.Contains(r.WindowId) || (r.DepartmentId != null && units.Contains(r.DepartmentId.Value)));
        return (Narrow(db.Cases.AsNoTracking(), n), units, NarrowRows(days, n), resolved);
    }

    /// <summary>The filters resolved against the catalog and the org tree; a region is its subtree's unit ids.</summary>
    private sealed record Narrowing(string? Item, long? Department, long? Window, IQueryable<long>? Region);

    private static IQueryable<Case> Narrow(IQueryable<Case> cases, Narrowing n)
    {
        if (n.Item is { } item) cases = cases.Where(c => c.ImplementationCode == item);
        if (n.Department is { } department) cases = cases.Where(c => c.HomeDepartmentId == department);
        if (n.Window is { } window) cases = cases.Where(c => c.IntakeWindowId == window);
        if (n.Region is { } under) cases = cases.Where(c => under.Contains(c.IntakeWindowId) || (c.HomeDepartmentId != null && under.Contains(c.HomeDepartmentId.Value)));
        return cases;
    }

    /// <summary>The same filters on a day's summary rows, which carry the case's item, department and window.</summary>
    private static IQueryable<T> NarrowRows<T>(IQueryable<T> rows, Narrowing n) where T : class, IDailyCountRow
    {
        if (n.Item is { } item) rows = rows.Where(r => r.ItemCode == item);
        if (n.Department is { } department) rows = rows.Where(r => r.DepartmentId == department);
        if (n.Window is { } window) rows = rows.Where(r => r.WindowId == window);
        if (n.Region is { } under) rows = rows.Where(r => under.Contains(r.WindowId) || (r.DepartmentId != null && under.Contains(r.DepartmentId.Value)));
        return rows;
    }

    private async Task<Narrowing> NarrowingAsync(ReportFilter filter, CancellationToken ct)
    {
        if (filter.Item is { } item && !await db.ServiceItems.AnyAsync(s => s.ImplementationCode == item, ct))
            throw Unknown("item", $"No service item has the 实施编码 '{item}'.");
        long? department = filter.Department is { } d ? await UnitIdAsync("department", d, OrgUnitKind.Department, ct) : null;
        long? window = filter.Window is { } w ? await UnitIdAsync("window", w, OrgUnitKind.Window, ct) : null;
        IQueryable<long>? under = null;
        if (filter.Region is { } region)
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == region, ct);
            if (unit is null || !unit.IsRegion) throw Unknown("region", $"'{region}' is not the code of a region of the org tree.");
            under = db.OrgUnits.Where(o => o.Path.StartsWith(unit.Path)).Select(o => o.Id);
        }
        return new Narrowing(filter.Item, department, window, under);
    }

    private ResolvedFilter Resolve(ReportFilter filter)
    {
        var today = Calendar.LocalDate(Now);
        var to = filter.To ?? today;
        var from = filter.From ?? new DateOnly(to.Year, to.Month, 1);
        if (from > to) throw new DomainValidationException("from", "The period's start (from) must not be after its end (to).");
        if (to.DayNumber - from.DayNumber >= MaxDays) throw new DomainValidationException("to", $"A report covers at most {MaxDays} days.");
        return new ResolvedFilter(filter, from, to, Calendar.StartOfDayUtc(from), Calendar.StartOfDayUtc(to.AddDays(1)), Now);
    }

    private async Task<long> UnitIdAsync(string field, string code, OrgUnitKind kind, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().Where(o => o.Code == code && o.Kind == kind).Select(o => (long?)o.Id).SingleOrDefaultAsync(ct)
            ?? throw Unknown(field, $"'{code}' is not the code of a {kind.ToString().ToLowerInvariant()} of the org tree.");

    private static DomainValidationException Unknown(string field, string message) => new(field, message);
}
