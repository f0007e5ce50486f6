using AutoMapper;
using CaseFlow.Domain.Reports;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Server.Reports;

/// <summary>The query of the stored daily reports: an org unit's code (default: every unit the caller supervises) and a period of Beijing dates.</summary>
public sealed record DailyReportQuery(string? Unit, DateOnly? From, DateOnly? To);

/// <summary>The live lists' totals when the report was computed.</summary>
public sealed record DailyLiveCountsDto(int NearDue, int Overdue, int Stalled, int OpenSupervisionOrders);

/// <summary>One stored daily report: the unit, the day, the day's rates and (for a report computed the day after) the live counts.</summary>
public sealed record DailyReportDto(long Id, string UnitCode, string UnitName, DateOnly Date, RateFiguresDto Rates, DailyLiveCountsDto? Live, DateTime ComputedAtUtc);

public sealed record DailyReportListDto(IReadOnlyList<DailyReportDto> Items);

public sealed class DailyReportProfile : Profile
{
    public DailyReportProfile()
    {
        CreateMap<DailyLiveCounts, DailyLiveCountsDto>();
        CreateMap<DailyReport, DailyReportDto>()
            .ForCtorParam(nameof(DailyReportDto.UnitCode), o => o.MapFrom(r => r.OrgUnit!.Code))
            .ForCtorParam(nameof(DailyReportDto.UnitName), o => o.MapFrom(r => r.OrgUnit!.Name))
            .ForCtorParam(nameof(DailyReportDto.Rates), o => o.MapFrom(r => r.Figures.Rates))
            .ForCtorParam(nameof(DailyReportDto.Live), o => o.MapFrom(r => r.Figures.Live));
    }
}

/// <summary>
/// 每日报表 as stored by the daily job (Jobs/DailyReportJob.cs): scoped like every report by the access policy — supervisors the
/// units of their subtrees (another unit answers 404), admins all, anyone else 403.
/// </summary>
public static class DailyReportEndpoints
{
    public static RouteGroupBuilder MapDailyReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        group.MapGet("/daily-reports", List).WithName("ListDailyReports").WithSummary("每日报表（已存储）");
        return group;
    }

    public static async Task<Ok<DailyReportListDto>> List([AsParameters] DailyReportQuery query, ActorAccessor actors, DailyReports reports, IMapper mapper, CancellationToken ct)
    {
        var unit = string.IsNullOrWhiteSpace(query.Unit) ? null : query.Unit.Trim();
        var rows = await reports.ListAsync(await actors.GetAsync(ct), unit, query.From, query.To, ct);
        return TypedResults.Ok(new DailyReportListDto(mapper.Map<List<DailyReportDto>>(rows)));
    }
}
