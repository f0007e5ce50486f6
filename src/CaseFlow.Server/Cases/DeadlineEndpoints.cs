using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Cases;

public sealed record StartExclusionRequest(ExclusionReason? Reason, string? Note);

public sealed record ExtensionRequest(string? Reason);

/// <summary>A case's clocks: excluded periods (art. 45) and the one statutory extension (art. 42).</summary>
public static class DeadlineEndpoints
{
    public static RouteGroupBuilder MapDeadlineEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases/{id:long}").WithTags("Cases").RequireAuthorization();
        group.MapGet("/clocks", Clocks)
            .WithName("ListCaseClocks")
            .WithSummary("查看办件时限");
        group.MapPost("/excluded-periods", StartExclusion)
            .WithName("StartExcludedPeriod")
            .WithSummary("开始扣除时间（暂停计时）");
        group.MapPost("/excluded-periods/{periodId:long}/end", EndExclusion)
            .WithName("EndExcludedPeriod")
            .WithSummary("结束扣除时间（恢复计时）");
        group.MapPost("/extension", Extend)
            .WithName("ExtendStatutoryLimit")
            .WithSummary("延长法定时限（延期）");
        return group;
    }

    public static async Task<Ok<List<ClockDto>>> Clocks(long id, CaseFlowDbContext db, AccessPolicy access, ActorAccessor actors, WorkCalendarProvider calendars,
        DomainClock clock, CancellationToken ct)
    {
        var @case = await access.CaseAsync(await actors.GetAsync(ct), id, ct);
        return TypedResults.Ok(await ClocksOfAsync(db, @case.Id, @case.HomeRegionCode, calendars.Current, clock.UtcNow, ct));
    }

    public static async Task<Created<ExcludedPeriodDto>> StartExclusion(long id, StartExclusionRequest request, CaseClockService clocks, ActorAccessor actors,
        IMapper mapper, CancellationToken ct)
    {
        var period = await clocks.StartExclusionAsync(id, request.Reason, request.Note, await actors.GetAsync(ct), ct);
        return TypedResults.Created($"/api/cases/{id}/excluded-periods/{period.Id}", mapper.Map<ExcludedPeriodDto>(period));
    }

    public static async Task<Ok<ExcludedPeriodDto>> EndExclusion(long id, long periodId, CaseClockService clocks, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        var period = await clocks.EndExclusionAsync(id, periodId, await actors.GetAsync(ct), ct);
        return TypedResults.Ok(mapper.Map<ExcludedPeriodDto>(period));
    }

    public static async Task<Ok<List<ClockDto>>> Extend(long id, ExtensionRequest request, CaseClockService clocks, ActorAccessor actors, CaseFlowDbContext db,
        WorkCalendarProvider calendars, DomainClock clock, CancellationToken ct)
    {
        var @case = await clocks.ExtendAsync(id, request.Reason, await actors.GetAsync(ct), ct);
        return TypedResults.Ok(await ClocksOfAsync(db, id, @case.HomeRegionCode, calendars.Current, clock.UtcNow, ct));
    }

    public static async Task<List<ClockDto>> ClocksOfAsync(CaseFlowDbContext db, long caseId, string? region, WorkCalendar calendar, DateTime now, CancellationToken ct)
    {
        var clocks = await db.Clocks.AsNoTracking().Where(c => c.CaseId == caseId).OrderBy(c => c.Id).ToListAsync(ct);
        var periods = await db.ExcludedPeriods.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(ct);
        return clocks.Select(c =>
        {
            var limit = c.Extension is { } e && e.Unit == c.Limit.Unit ? new TimeLimit { Value = c.Limit.Value + e.Value, Unit = c.Limit.Unit } : c.Limit;
            var until = c.StoppedAtUtc ?? now;
            var usage = calendar.Usage(limit, c.StartedAtUtc, until, region);
            // Excluded periods are not counted as used (decision clocks only).
            var excluded = c.Kind is ClockKind.Statutory or ClockKind.Committed
                ? periods.Sum(p => calendar.Usage(new TimeLimit { Unit = c.Limit.Unit }, p.StartedAtUtc, p.EndedAtUtc ?? until, region).Used)
                : 0;
            return new ClockDto(c.Kind, CaseTimekeeper.ClockName(c.Kind), c.Limit, c.Extension, c.StartedAtUtc, c.DueDate, c.DueAtUtc, c.WarningAtUtc, c.Level,
                c.OnFallback, c.Paused, c.StoppedAtUtc, c.OnTime, Math.Max(0, usage.Used - excluded), usage.Limit, usage.Unit);
        }).ToList();
    }
}
