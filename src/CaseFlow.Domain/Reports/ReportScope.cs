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

    /// <summary>
    /// True when the report counts every case (an admin without filters): a query over another table then needs no check
    /// against the cases, which over a year of steps is a lookup per row.
    /// </summary>
    public async Task<bool> CountsEveryCaseAsync(Actor actor, ReportFilter filter, CancellationToken ct) =>
        filter is { Item: null, Department: null, Window: null, Region: null } && await access.SupervisedUnitIdsAsync(actor, ct) is null;

    public async Task<(IQueryable<Case> Cases, ResolvedFilter Filter)> CasesAsync(Actor actor, ReportFilter filter, CancellationToken ct)
    {
        var cases = await access.SupervisedCasesAsync(actor, ct);
        var resolved = Resolve(filter);
        if (filter.Item is { } item)
        {
            if (!await db.ServiceItems.AnyAsync(s => s.ImplementationCode == item, ct)) throw Unknown("item", $"No service item has the 实施编码 '{item}'.");
            cases = cases.Where(c => c.ImplementationCode == item);
        }
        if (filter.Department is { } department)
        {
            var id = await UnitIdAsync("department", department, OrgUnitKind.Department, ct);
            cases = cases.Where(c => c.HomeDepartmentId == id);
        }
        if (filter.Window is { } window)
        {
            var id = await UnitIdAsync("window", window, OrgUnitKind.Window, ct);
            cases = cases.Where(c => c.IntakeWindowId == id);
        }
        if (filter.Region is { } region)
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == region, ct);
            if (unit is null || !unit.IsRegion) throw Unknown("region", $"'{region}' is not the code of a region of the org tree.");
            var under = db.OrgUnits.Where(o => o.Path.StartsWith(unit.Path)).Select(o => o.Id);
            cases = cases.Where(c => under.Contains(c.IntakeWindowId) || (c.HomeDepartmentId != null && under.Contains(c.HomeDepartmentId.Value)));
        }
        return (cases, resolved);
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
