using CaseFlow.Domain.Common;
using CaseFlow.Domain.Reports;

namespace CaseFlow.Server.Reports;

/// <summary>A report as a table for export: its title, Chinese headers, rows, and the filter it was computed with.</summary>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows, ResolvedFilter Filter);

/// <summary>
/// Every report by its export name, rendered as a table with Chinese headers. A new report (as the ratings, <see cref="RatingReportEndpoints"/>) is one
/// more entry here plus its endpoint.
/// </summary>
public static class ReportTables
{
    private static readonly Dictionary<string, (string Title, Func<ReportServices, ReportFilter, Task<ReportTable>> Build)> Reports = new()
    {
        ["near-due"] = ("预警办件", (s, f) => LiveAsync("near-due", "预警办件", s, a => s.Lists.NearDueAsync(a, f, s.Ct))),
        ["overdue"] = ("超期办件", (s, f) => LiveAsync("overdue", "超期办件", s, a => s.Lists.OverdueAsync(a, f, s.Ct))),
        ["stalled"] = ("停滞办件", (s, f) => LiveAsync("stalled", "停滞办件", s, a => s.Lists.StalledAsync(a, f, s.Ct))),
        ["supervision-orders"] = ("未办结督办单", (s, f) => LiveAsync("supervision-orders", "未办结督办单", s, a => s.Lists.SupervisionOrdersAsync(a, f, s.Ct))),
        ["rates"] = ("办件效能指标", RatesAsync),
        ["daily"] = ("效能指标日序列", async (s, f) => Points("daily", "效能指标日序列", "日期", await s.Rates.DailyAsync(await s.Actors.GetAsync(s.Ct), f, s.Ct))),
        ["by-department"] = ("效能指标（按部门）", (s, f) => BreakdownAsync("by-department", "效能指标（按部门）", "部门", RateDimension.Department, s, f)),
        ["by-item"] = ("效能指标（按事项）", (s, f) => BreakdownAsync("by-item", "效能指标（按事项）", "事项", RateDimension.Item, s, f)),
        ["by-region"] = ("效能指标（按区域）", (s, f) => BreakdownAsync("by-region", "效能指标（按区域）", "区域", RateDimension.Region, s, f)),
        ["timeliness-departments"] = ("时效考核（按部门）", (s, f) => TimelinessAsync("timeliness-departments", "时效考核（按部门）", TimelinessBy.Department, s, f)),
        ["timeliness-people"] = ("时效考核（按人员）", (s, f) => TimelinessAsync("timeliness-people", "时效考核（按人员）", TimelinessBy.Person, s, f)),
        ["ratings"] = ("好差评统计", RatingReportEndpoints.TableAsync),
    };

    public static IReadOnlyCollection<string> Names => Reports.Keys;

    public static Task<ReportTable> BuildAsync(string report, ReportServices s, ReportFilter filter) =>
        Reports.TryGetValue(report, out var entry) ? entry.Build(s, filter)
            : throw new DomainValidationException("report", $"Unknown report '{report}'; one of: {string.Join(", ", Reports.Keys)}.");

    public static RateDimension Dimension(string dimension) => dimension.ToLowerInvariant() switch
    {
        "department" => RateDimension.Department,
        "item" => RateDimension.Item,
        "region" => RateDimension.Region,
        _ => throw new DomainValidationException("dimension", "A breakdown is by department, item or region."),
    };

    public static TimelinessBy TimelinessOf(string by) => by.ToLowerInvariant() switch
    {
        "departments" => TimelinessBy.Department,
        "people" => TimelinessBy.Person,
        _ => throw new DomainValidationException("by", "时效考核 is by departments or people."),
    };

    public static readonly string[] LiveHeaders =
        ["办件编号", "事项名称", "事项编码", "当前环节", "经办人", "部门", "期限", "剩余工作日", "超期工作日", "监察等级", "申请人电话", "停滞起始"];

    /// <summary>The figure columns of a series or breakdown row, in the order of <see cref="FigureValues"/>.</summary>
    public static readonly string[] FigureHeaders =
    [
        "收件数", "办结数", "不予受理数", "承诺时限内办结数", "承诺时限内办结率", "法定时限内办结数", "法定时限内办结率",
        "计入压缩率件数", "时限压缩率（平均）", "时限压缩率（中位数）", "即办件数", "即办件占比", "全程网办件数", "全程网办占比",
        "跑动次数", "件均跑动次数", "补正件数", "补正率", "视为受理数", "延期数", "暂停计时数",
    ];

    public static object?[] FigureValues(RateFigures f) =>
    [
        f.Received, f.Finished, f.NotAccepted, f.WithinCommitted, f.CommittedRate, f.WithinStatutory, f.StatutoryRate,
        f.TimeCutCases, f.TimeCutMean, f.TimeCutMedian, f.Immediate, f.ImmediateShare, f.FullyOnline, f.FullyOnlineShare,
        f.Trips, f.TripsPerCase, f.Supplemented, f.SupplementRate, f.DeemedAccepted, f.Extensions, f.ClockStops,
    ];

    private static async Task<ReportTable> LiveAsync(string name, string title, ReportServices s,
        Func<Domain.Org.Actor, Task<(LiveList List, ResolvedFilter Filter)>> load)
    {
        var (list, filter) = await load(await s.Actors.GetAsync(s.Ct));
        var rows = list.Items.Select(r => new object?[]
        {
            r.CaseNo, r.ItemName, r.ItemCode, r.Step, r.Assignee, r.Department, r.DeadlineDate?.ToString("yyyy-MM-dd") ?? Local(r.DeadlineUtc),
            r.WorkingDaysLeft, r.WorkingDaysOver, SupervisionCards.Name(r.Card), r.ApplicantPhone, Local(r.StalledSinceUtc),
        }).ToList();
        return new ReportTable(name, title, LiveHeaders, rows, filter);
    }

    private static async Task<ReportTable> RatesAsync(ReportServices s, ReportFilter f)
    {
        var (report, filter) = await s.Rates.TotalsAsync(await s.Actors.GetAsync(s.Ct), f, s.Ct);
        var rows = FigureHeaders.Zip(FigureValues(report.Totals), (h, v) => new object?[] { h, v }).ToList();
        foreach (var item in report.TimeCutByItem)
            rows.Add([$"时限压缩率（{item.ItemName}，{item.Cases} 件，平均／中位数）", $"{item.Mean} / {item.Median}"]);
        return new ReportTable("rates", "办件效能指标", ["指标", "数值"], rows, filter);
    }

    private static async Task<ReportTable> TimelinessAsync(string name, string title, TimelinessBy by, ReportServices s, ReportFilter f)
    {
        var (rows, filter) = await s.Timeliness.RowsAsync(await s.Actors.GetAsync(s.Ct), f, by, s.Weights, s.Ct);
        string[] headers = [by == TimelinessBy.Department ? "部门" : "人员", by == TimelinessBy.Department ? "部门编码" : "用户名",
            "办结任务数", "有时限任务数", "按时办结数", "超时办结数", "按时办结率", "平均用时占比", "收到督办单数", "考核得分"];
        return new ReportTable(name, title, headers, rows.Select(r => new object?[]
        {
            r.Name, r.Key, r.Done, r.WithLimit, r.OnTime, r.Overdue, r.OnTimeShare, r.MeanUsedShare, r.SupervisionOrders, r.Score,
        }).ToList(), filter);
    }

    private static async Task<ReportTable> BreakdownAsync(string name, string title, string keyHeader, RateDimension by, ReportServices s, ReportFilter f) =>
        Points(name, title, keyHeader, await s.Rates.BreakdownAsync(await s.Actors.GetAsync(s.Ct), f, by, s.Ct));

    private static ReportTable Points(string name, string title, string keyHeader, (IReadOnlyList<RatePoint> Points, ResolvedFilter Filter) result) =>
        new(name, title, [keyHeader, "编码", .. FigureHeaders],
            result.Points.Select(p => new object?[] { p.Label, p.Key }.Concat(FigureValues(p.Figures)).ToArray()).ToList(), result.Filter);

    private static string? Local(DateTime? utc) =>
        utc is { } at ? TimeZoneInfo.ConvertTimeFromUtc(at, DomainClock.ChinaTime).ToString("yyyy-MM-dd HH:mm") : null;
}
