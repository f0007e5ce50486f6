using AutoMapper;
using CaseFlow.Domain.Reports;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Server.Reports;

/// <summary>The services a report endpoint needs, bound as one parameter.</summary>
public sealed record ReportServices(ActorAccessor Actors, LiveLists Lists, PeriodRates Rates, Timeliness Timeliness, RatingReport RatingReport, IConfiguration Configuration,
    IMapper Mapper, CancellationToken Ct)
{
    /// <summary>时效考核 weights from <c>Reports:Score</c> (defaults in <see cref="ScoreWeights"/>).</summary>
    public ScoreWeights Weights => Configuration.GetSection("Reports:Score").Get<ScoreWeights>() ?? new ScoreWeights();
}

/// <summary>
/// 效能监管 reports (README "Reports (效能监管)"): live lists, rates over a period, their daily series and breakdowns, 时效考核, each also
/// as CSV or XLSX. Who sees what is the access policy's (<c>AccessPolicy.SupervisedCasesAsync</c>): supervisors their subtrees,
/// admins everything, anyone else 403.
/// </summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        group.MapGet("/near-due", NearDue).WithName("ListNearDueCases").WithSummary("预警办件（临近期限）");
        group.MapGet("/overdue", Overdue).WithName("ListOverdueCases").WithSummary("超期办件（黄牌、红牌）");
        group.MapGet("/stalled", Stalled).WithName("ListStalledCases").WithSummary("停滞办件");
        group.MapGet("/supervision-orders", SupervisionOrders).WithName("ListOpenSupervisionOrders").WithSummary("未办结督办单");
        group.MapGet("/rates", Rates).WithName("GetPeriodRates").WithSummary("办件效能指标（按期间）");
        group.MapGet("/rates/daily", Daily).WithName("GetDailyRates").WithSummary("效能指标日序列");
        group.MapGet("/rates/by/{dimension}", Breakdown).WithName("GetRateBreakdown").WithSummary("效能指标分组（部门、事项、区域）");
        group.MapGet("/timeliness/{by}", Timeliness).WithName("GetTimelinessAssessment").WithSummary("时效考核（按部门或人员）");
        group.MapGet("/{report}/export", Export).WithName("ExportReport").WithSummary("导出报表（CSV 或 XLSX）");
        return group;
    }

    public static async Task<Ok<LiveListDto>> NearDue([AsParameters] ReportQuery query, [AsParameters] ReportServices s) =>
        List(s, await s.Lists.NearDueAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), s.Ct));

    public static async Task<Ok<LiveListDto>> Overdue([AsParameters] ReportQuery query, [AsParameters] ReportServices s) =>
        List(s, await s.Lists.OverdueAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), s.Ct));

    public static async Task<Ok<LiveListDto>> Stalled([AsParameters] ReportQuery query, [AsParameters] ReportServices s) =>
        List(s, await s.Lists.StalledAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), s.Ct));

    public static async Task<Ok<LiveListDto>> SupervisionOrders([AsParameters] ReportQuery query, [AsParameters] ReportServices s) =>
        List(s, await s.Lists.SupervisionOrdersAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), s.Ct));

    public static async Task<Ok<RateReportDto>> Rates([AsParameters] ReportQuery query, [AsParameters] ReportServices s)
    {
        var (report, filter) = await s.Rates.TotalsAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), s.Ct);
        return TypedResults.Ok(new RateReportDto(s.Mapper.Map<RateFiguresDto>(report.Totals), s.Mapper.Map<List<ItemTimeCutDto>>(report.TimeCutByItem),
            s.Mapper.Map<ReportPeriodDto>(filter)));
    }

    public static async Task<Ok<RateSeriesDto>> Daily([AsParameters] ReportQuery query, [AsParameters] ReportServices s) =>
        Series(s, await s.Rates.DailyAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), s.Ct));

    /// <summary><c>dimension</c>: department, item or region.</summary>
    public static async Task<Ok<RateSeriesDto>> Breakdown(string dimension, [AsParameters] ReportQuery query, [AsParameters] ReportServices s) =>
        Series(s, await s.Rates.BreakdownAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), ReportTables.Dimension(dimension), s.Ct));

    /// <summary><c>by</c>: departments or people.</summary>
    public static async Task<Ok<TimelinessDto>> Timeliness(string by, [AsParameters] ReportQuery query, [AsParameters] ReportServices s)
    {
        var (rows, filter) = await s.Timeliness.RowsAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), ReportTables.TimelinessOf(by), s.Weights, s.Ct);
        return TypedResults.Ok(new TimelinessDto(s.Mapper.Map<List<TimelinessRowDto>>(rows), s.Mapper.Map<ReportPeriodDto>(filter)));
    }

    /// <summary><c>report</c>: one of <see cref="ReportTables.Names"/>; <c>format</c>: csv or xlsx (default).</summary>
    public static async Task<FileContentHttpResult> Export(string report, string? format, [AsParameters] ReportQuery query, [AsParameters] ReportServices s)
    {
        var kind = ReportFiles.Format(format);
        var table = await ReportTables.BuildAsync(report, s, query.ToFilter());
        return ReportFiles.Write(table, kind, (await s.Actors.GetAsync(s.Ct)).DisplayName);
    }

    private static Ok<LiveListDto> List(ReportServices s, (LiveList List, ResolvedFilter Filter) result) =>
        TypedResults.Ok(new LiveListDto(result.List.Total, s.Mapper.Map<List<LiveRowDto>>(result.List.Items), s.Mapper.Map<ReportPeriodDto>(result.Filter)));

    private static Ok<RateSeriesDto> Series(ReportServices s, (IReadOnlyList<RatePoint> Points, ResolvedFilter Filter) result) =>
        TypedResults.Ok(new RateSeriesDto(s.Mapper.Map<List<RatePointDto>>(result.Points), s.Mapper.Map<ReportPeriodDto>(result.Filter)));
}
