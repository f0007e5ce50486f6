using AutoMapper;
using CaseFlow.Domain.Ratings;
using CaseFlow.Domain.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Server.Reports;

public sealed record LevelCountDto(RatingLevel Level, string Label, int Count);

/// <summary>
/// 好差评 figures: counted ratings per level, 满意率, 差评率 and the appeals upheld (voided ratings, not counted).
/// Of the poor ratings, those verified, rectified and followed up within each step's limit (差评整改), each with its share ÷ poor.
/// </summary>
public sealed record RatingFiguresDto(int Rated, IReadOnlyList<LevelCountDto> Levels, int Satisfied, double? SatisfactionShare, int Poor, double? PoorShare, int Appeals,
    int VerifiedInTime, double? VerifiedInTimeShare, int RectifiedInTime, double? RectifiedInTimeShare, int FollowedUpInTime, double? FollowedUpInTimeShare);

public sealed record RatingReportDto(RatingFiguresDto Figures, ReportPeriodDto Period);

public sealed class RatingReportProfile : Profile
{
    public RatingReportProfile()
    {
        CreateMap<LevelCount, LevelCountDto>();
        CreateMap<RatingFigures, RatingFiguresDto>();
    }
}

/// <summary>The ratings report (README "好差评"), scoped and filtered like every report; its export is <c>/api/reports/ratings/export</c>.</summary>
public static class RatingReportEndpoints
{
    public static RouteGroupBuilder MapRatingReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        group.MapGet("/ratings", Ratings).WithName("GetRatingReport").WithSummary("好差评统计（各等级数、满意率、差评率、申诉、差评按时核实/整改/回访率）");
        return group;
    }

    public static async Task<Ok<RatingReportDto>> Ratings([AsParameters] ReportQuery query, [AsParameters] ReportServices s)
    {
        var (figures, filter) = await s.RatingReport.FiguresAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), s.Ct);
        return TypedResults.Ok(new RatingReportDto(s.Mapper.Map<RatingFiguresDto>(figures), s.Mapper.Map<ReportPeriodDto>(filter)));
    }

    /// <summary>The export's rows: one per figure (指标, 数值).</summary>
    public static async Task<ReportTable> TableAsync(ReportServices s, ReportFilter f)
    {
        var (figures, filter) = await s.RatingReport.FiguresAsync(await s.Actors.GetAsync(s.Ct), f, s.Ct);
        var rows = new List<object?[]> { new object?[] { "有效评价数", figures.Rated } };
        rows.AddRange(figures.Levels.Select(l => new object?[] { l.Label, l.Count }));
        rows.Add(["满意率（非常满意＋满意）", figures.SatisfactionShare]);
        rows.Add(["差评率（不满意＋非常不满意）", figures.PoorShare]);
        rows.Add(["申诉复核作废数", figures.Appeals]);
        rows.Add(["差评按时核实率", figures.VerifiedInTimeShare]);
        rows.Add(["差评按时整改率", figures.RectifiedInTimeShare]);
        rows.Add(["差评按时回访率", figures.FollowedUpInTimeShare]);
        return new ReportTable("ratings", "好差评统计", ["指标", "数值"], rows, filter);
    }
}
