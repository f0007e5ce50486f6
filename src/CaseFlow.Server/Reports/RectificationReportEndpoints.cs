using AutoMapper;
using CaseFlow.Domain.Reports;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Server.Reports;

/// <summary>One overdue rectification step (差评整改): case, item, step, assignee, department, deadline and working days over, with its card.</summary>
public sealed record RectificationOverdueRowDto(long RectificationId, long CaseId, string CaseNo, string ItemCode, string ItemName, string Step, string StepType,
    string? Assignee, string? Department, DateTime DeadlineUtc, DateOnly DeadlineDate, int WorkingDaysOver, SupervisionCard Card, string CardName);

public sealed record RectificationOverdueDto(int Total, IReadOnlyList<RectificationOverdueRowDto> Items, ReportPeriodDto Period);

/// <summary>The services the rectification report needs, bound as one parameter.</summary>
public sealed record RectificationReportServices(ActorAccessor Actors, RectificationReport Report, IMapper Mapper, CancellationToken Ct);

public sealed class RectificationReportProfile : Profile
{
    public RectificationReportProfile() =>
        CreateMap<RectificationOverdueRow, RectificationOverdueRowDto>().ForCtorParam(nameof(RectificationOverdueRowDto.CardName), o => o.MapFrom(r => SupervisionCards.Name(r.Card)));
}

/// <summary>超期差评整改 (README "好差评"): the open rectification steps past their limit on the cases the caller supervises, the latest deadline last.</summary>
public static class RectificationReportEndpoints
{
    public static RouteGroupBuilder MapRectificationReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        group.MapGet("/rectifications/overdue", Overdue).WithName("ListOverdueRectifications").WithSummary("超期差评整改（核实、整改、回访环节）");
        return group;
    }

    public static async Task<Ok<RectificationOverdueDto>> Overdue([AsParameters] ReportQuery query, [AsParameters] RectificationReportServices s)
    {
        var (list, filter) = await s.Report.OverdueAsync(await s.Actors.GetAsync(s.Ct), query.ToFilter(), s.Ct);
        return TypedResults.Ok(new RectificationOverdueDto(list.Total, s.Mapper.Map<List<RectificationOverdueRowDto>>(list.Items), s.Mapper.Map<ReportPeriodDto>(filter)));
    }
}
