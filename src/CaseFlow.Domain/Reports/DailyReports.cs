using System.Globalization;
using System.Text.Json.Nodes;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Reports;

/// <summary>
/// 每日报表 (README "Reports (效能监管)"): for every org unit that has supervisors, the figures of each Beijing day not yet
/// stored — yesterday, and the days since its last report that a stopped server missed (at most <c>catchUpDays</c> back) — computed over the unit's
/// subtree exactly as a supervisor of that unit would see them in the reports, stored with one message to each of the unit's
/// supervisors in the same save. A day already stored is skipped, so a second run stores and sends nothing.
/// </summary>
public sealed class DailyReports(CaseFlowDbContext db, AccessPolicy access, ReportScope scope, PeriodRates rates, LiveLists lists, Notifier notifier)
{
    /// <summary>The most rows one list returns.</summary>
    public const int MaxRows = 1000;

    /// <summary>Stores what is missing up to yesterday; returns how many reports were stored.</summary>
    public async Task<int> ComputeMissingAsync(int catchUpDays, CancellationToken ct)
    {
        var yesterday = scope.Calendar.LocalDate(scope.Now).AddDays(-1);
        var earliest = yesterday.AddDays(-Math.Max(0, catchUpDays - 1));
        var supervised = await db.Memberships.AsNoTracking().Where(m => m.Role == Roles.Supervisor && m.User!.IsActive)
            .Select(m => new { m.OrgUnitId, m.OrgUnit!.Code, m.OrgUnit.Name, m.OrgUnit.Path, m.User!.UserName }).ToListAsync(ct);
        var stored = 0;
        foreach (var unit in supervised.GroupBy(m => (m.OrgUnitId, m.Code, m.Name, m.Path)).OrderBy(g => g.Key.Path, StringComparer.Ordinal))
        {
            var last = await db.DailyReports.Where(r => r.OrgUnitId == unit.Key.OrgUnitId).MaxAsync(r => (DateOnly?)r.Date, ct);
            // A unit's first report is yesterday's; after that every day since its last one, within the catch-up window.
            var first = last is { } l ? (l.AddDays(1) > earliest ? l.AddDays(1) : earliest) : yesterday;
            // The supervisor's view of the unit: the reports' own scope, as a member of no other unit would see it.
            var actor = new Actor(0, "daily-report", "每日报表", [new ActorMembership(unit.Key.OrgUnitId, unit.Key.Path, Roles.Supervisor, unit.Key.Code)]);
            for (var day = first; day <= yesterday; day = day.AddDays(1))
            {
                if (await db.DailyReports.AnyAsync(r => r.OrgUnitId == unit.Key.OrgUnitId && r.Date == day, ct)) continue;
                var figures = await FiguresAsync(actor, day, live: day == yesterday, ct);
                db.DailyReports.Add(DailyReport.Create(unit.Key.OrgUnitId, day, figures, scope.Now));
                foreach (var userName in unit.Select(m => m.UserName).Distinct().Order(StringComparer.Ordinal))
                    notifier.ToUser(userName, NotificationTexts.DailyReport, Payload(unit.Key.Name, day, figures));
                try
                {
                    await db.SaveChangesAsync(ct);
                    stored++;
                }
                catch (DbUpdateException)
                {
                    // Another run stored this day first (the unique index): nothing of ours is kept, theirs stands. Any other
                    // failure is the job's to report.
                    db.ChangeTracker.Clear();
                    if (!await db.DailyReports.AnyAsync(r => r.OrgUnitId == unit.Key.OrgUnitId && r.Date == day, ct)) throw;
                }
            }
        }
        return stored;
    }

    /// <summary>The stored reports the actor may read: of the units they supervise (admins: all), newest first; 404 for a unit outside them.</summary>
    public async Task<IReadOnlyList<DailyReport>> ListAsync(Actor actor, string? unitCode, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var units = await access.SupervisedUnitIdsAsync(actor, ct);
        if (from is { } f && to is { } t && f > t) throw new DomainValidationException("from", "The period's start (from) must not be after its end (to).");
        var reports = db.DailyReports.AsNoTracking().Include(r => r.OrgUnit).AsQueryable();
        if (units is not null) reports = reports.Where(r => units.Contains(r.OrgUnitId));
        if (unitCode is not null)
        {
            var id = await db.OrgUnits.AsNoTracking().Where(o => o.Code == unitCode).Select(o => (long?)o.Id).SingleOrDefaultAsync(ct);
            if (id is null || (units is not null && !units.Contains(id.Value))) throw new DomainNotFoundException($"Org unit '{unitCode}' not found.");
            reports = reports.Where(r => r.OrgUnitId == id);
        }
        if (from is not null) reports = reports.Where(r => r.Date >= from);
        if (to is not null) reports = reports.Where(r => r.Date <= to);
        return await reports.OrderByDescending(r => r.Date).ThenBy(r => r.OrgUnitId).Take(MaxRows).ToListAsync(ct);
    }

    private async Task<DailyFigures> FiguresAsync(Actor actor, DateOnly day, bool live, CancellationToken ct)
    {
        var filter = new ReportFilter(day, day);
        var (report, _) = await rates.TotalsAsync(actor, filter, ct);
        if (!live) return new DailyFigures(report.Totals, null);
        var all = new ReportFilter(null, null);
        var counts = new DailyLiveCounts((await lists.NearDueAsync(actor, all, ct)).List.Total, (await lists.OverdueAsync(actor, all, ct)).List.Total,
            (await lists.StalledAsync(actor, all, ct)).List.Total, (await lists.SupervisionOrdersAsync(actor, all, ct)).List.Total);
        return new DailyFigures(report.Totals, counts);
    }

    private static JsonObject Payload(string unitName, DateOnly day, DailyFigures figures)
    {
        var r = figures.Rates;
        return new JsonObject
        {
            ["unit"] = unitName, ["date"] = day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
            ["received"] = r.Received, ["finished"] = r.Finished, ["committedRate"] = Percent(r.CommittedRate), ["immediateShare"] = Percent(r.ImmediateShare),
            ["tripsPerCase"] = r.TripsPerCase is { } trips ? trips.ToString("0.##", CultureInfo.InvariantCulture) : "—",
            ["live"] = figures.Live is { } l ? $"当前预警 {l.NearDue} 件、超期 {l.Overdue} 件、停滞 {l.Stalled} 件、未办结督办单 {l.OpenSupervisionOrders} 件。" : "（补算，无实时数据）",
        };
    }

    private static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";
}
