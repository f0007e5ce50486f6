using System.Text.Json.Nodes;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Cases;

public sealed record SupplementRequest(List<MaterialInput> Materials, JsonObject? Form);

public sealed record DeliveryConfirmation(string Waybill, string? SignedBy);

public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization();
        group.MapPost("/", Apply)
            .WithName("CreateCase")
            .WithSummary("窗口收件（提交申请）");
        group.MapGet("/", List)
            .WithName("ListCases")
            .WithSummary("查询办件");
        group.MapGet("/{id:long}", Get)
            .WithName("GetCase")
            .WithSummary("查看办件");
        group.MapGet("/{id:long}/timeline", Timeline)
            .WithName("GetCaseTimeline")
            .WithSummary("查看办件时间线");
        group.MapGet("/{id:long}/documents", Documents)
            .WithName("ListCaseDocuments")
            .WithSummary("查看办件文书");
        group.MapGet("/{id:long}/documents/{documentId:long}/print", CaseFlow.Server.Documents.DocumentPrint.PrintAsync)
            .WithName("PrintCaseDocument")
            .WithSummary("打印文书（受理通知书、一次性告知书、决定书、送达回证等）");
        group.MapPost("/{id:long}/supplement", Supplement)
            .WithName("SubmitSupplement")
            .WithSummary("补正材料");
        group.MapPost("/{id:long}/delivery", ConfirmDelivery)
            .WithName("ConfirmDelivery")
            .WithSummary("送达签收");
        return group;
    }

    /// <summary>
    /// 收件: no retry — the case number is an atomic increment that cannot conflict and everything else is new rows, so a
    /// failed save is a real fault to report, not a race to run again.
    /// </summary>
    public static async Task<Created<CaseDto>> Apply(ApplyRequest request, CaseService cases, ActorAccessor actors, CaseFlowDbContext db,
        IMapper mapper, WorkCalendarProvider calendars, DomainClock clock, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var created = await cases.ApplyAsync(request, actor, ct);
        return TypedResults.Created($"/api/cases/{created.Id}", await AnswerAsync(created, actor, db, mapper, calendars, clock, ct, withPeriods: false));
    }

    public static async Task<Ok<Page<CaseSummaryDto>>> List(CaseFlowDbContext db, AccessPolicy access, ActorAccessor actors, IMapper mapper, HttpRequest http, CancellationToken ct,
        CaseStatus? status = null, string? itemCode = null, string? q = null, DateTime? from = null, DateTime? to = null, int page = 1, int pageSize = 20)
    {
        new InputCheck().Paging(page, pageSize).QueryName<CaseStatus>(http, "status").Text("itemCode", itemCode, InputLimits.Code).Text("q", q, InputLimits.Query).Date("from", from).Date("to", to).ThrowIfAny();
        var query = await access.VisibleCasesAsync(await actors.GetAsync(ct), ct);
        if (status is not null) query = query.Where(c => c.Status == status);
        if (itemCode is not null) query = query.Where(c => c.ImplementationCode == itemCode);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(c => c.CaseNo == q || c.Applicant.Name == q);
        if (from is not null) query = query.Where(c => c.ReceivedAtUtc >= from.Value.ToUniversalTime());
        if (to is not null) query = query.Where(c => c.ReceivedAtUtc < to.Value.ToUniversalTime());
        var total = await query.CountAsync(ct);
        var items = Paging.Skip(page, pageSize, total) is not { } skip ? [] : await query.OrderByDescending(c => c.ReceivedAtUtc).ThenByDescending(c => c.Id)
            .Skip(skip).Take(pageSize).ProjectTo<CaseSummaryDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        return TypedResults.Ok(new Page<CaseSummaryDto>(items, total, page, pageSize));
    }

    /// <summary>The case with its clocks (both deadlines, level, working time used) and excluded periods.</summary>
    public static async Task<Ok<CaseDto>> Get(long id, CaseFlowDbContext db, AccessPolicy access, ActorAccessor actors, IMapper mapper, WorkCalendarProvider calendars,
        DomainClock clock, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var @case = await access.CaseAsync(actor, id, ct);
        return TypedResults.Ok(await AnswerAsync(@case, actor, db, mapper, calendars, clock, ct));
    }

    public static async Task<Ok<List<TimelineEntryDto>>> Timeline(long id, CaseFlowDbContext db, AccessPolicy access, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        await access.CaseAsync(await actors.GetAsync(ct), id, ct);
        return TypedResults.Ok(await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.Id)
            .ProjectTo<TimelineEntryDto>(mapper.ConfigurationProvider).ToListAsync(ct));
    }

    public static async Task<Ok<List<DocumentDto>>> Documents(long id, CaseFlowDbContext db, AccessPolicy access, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        await access.CaseAsync(await actors.GetAsync(ct), id, ct);
        return TypedResults.Ok(await db.Documents.AsNoTracking().Where(d => d.CaseId == id).OrderBy(d => d.Id)
            .ProjectTo<DocumentDto>(mapper.ConfigurationProvider).ToListAsync(ct));
    }

    /// <summary>补正: the applicant hands in what the one-time notice listed, at the window.</summary>
    public static async Task<Ok<CaseDto>> Supplement(long id, SupplementRequest request, CaseService cases, IServiceScopeFactory scopes, ActorAccessor actors,
        CaseFlowDbContext db, IMapper mapper, WorkCalendarProvider calendars, DomainClock clock, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var @case = await FreshAttempt.RunAsync(cases, scopes, c => c.SupplementAsync(id, request.Materials, request.Form, actor, ct));
        return TypedResults.Ok(await AnswerAsync(@case, actor, db, mapper, calendars, clock, ct));
    }

    /// <summary>The courier's delivery confirmation (签收), matched by waybill: a clerk of the intake window records it, with the window's 审批结果送达权.</summary>
    public static async Task<Ok<CaseDto>> ConfirmDelivery(long id, DeliveryConfirmation request, CaseService cases, IServiceScopeFactory scopes, ActorAccessor actors,
        CaseFlowDbContext db, IMapper mapper, WorkCalendarProvider calendars, DomainClock clock, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var @case = await FreshAttempt.RunAsync(cases, scopes, c => c.ConfirmDeliveryAsync(id, request.Waybill, request.SignedBy, actor, ct));
        return TypedResults.Ok(await AnswerAsync(@case, actor, db, mapper, calendars, clock, ct));
    }

    /// <summary>The case as answered: mapped from the entity the handler loaded, with its clocks and excluded periods.</summary>
    /// <remarks>The form's personal fields are masked by the item's schema unless the reader is an admin (README "Personal data").</remarks>
    private static async Task<CaseDto> AnswerAsync(Case @case, Actor actor, CaseFlowDbContext db, IMapper mapper, WorkCalendarProvider calendars, DomainClock clock,
        CancellationToken ct, bool withPeriods = true)
    {
        @case.ServiceItem ??= await db.ServiceItems.AsNoTracking().SingleAsync(s => s.Id == @case.ServiceItemId, ct);
        var dto = mapper.Map<CaseDto>(@case, o => o.Items[CaseProfile.FullPersonalData] = AccessPolicy.SeesPersonalDataInFull(actor));
        dto.Clocks = await DeadlineEndpoints.ClocksOfAsync(db, @case.Id, @case.HomeRegionCode, calendars.Current, clock.UtcNow, ct);
        if (withPeriods)
            dto.ExcludedPeriods = await db.ExcludedPeriods.AsNoTracking().Where(p => p.CaseId == @case.Id).OrderBy(p => p.Id)
                .ProjectTo<ExcludedPeriodDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        return dto;
    }
}
