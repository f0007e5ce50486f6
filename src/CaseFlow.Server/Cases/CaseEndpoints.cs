using System.Text.Json.Nodes;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CaseFlow.Domain;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Activities;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Rights;
using CaseFlow.Domain.Workflows;
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
        group.MapGet("/{id:long}/documents/{documentId:long}/print", PrintDocument)
            .WithName("PrintCaseDocument")
            .WithSummary("打印文书（如一次性告知书）");
        group.MapPost("/{id:long}/supplement", Supplement)
            .WithName("SubmitSupplement")
            .WithSummary("补正材料");
        group.MapPost("/{id:long}/delivery", ConfirmDelivery)
            .WithName("ConfirmDelivery")
            .WithSummary("送达签收");
        return group;
    }

    public static async Task<Created<CaseDto>> Apply(ApplyRequest request, CaseService cases, ActorAccessor actors, CaseFlowDbContext db, IMapper mapper,
        WorkCalendarProvider calendars, DomainClock clock, CancellationToken ct)
    {
        var created = await cases.ApplyAsync(request, await actors.GetAsync(ct), ct);
        var dto = mapper.Map<CaseDto>(created);
        dto.Clocks = await DeadlineEndpoints.ClocksOfAsync(db, created.Id, created.HomeRegionCode, calendars.Current, clock.UtcNow, ct);
        return TypedResults.Created($"/api/cases/{created.Id}", dto);
    }

    public static async Task<Ok<Page<CaseSummaryDto>>> List(CaseFlowDbContext db, ActorAccessor actors, IMapper mapper, CancellationToken ct,
        CaseStatus? status = null, string? itemCode = null, string? q = null, DateTime? from = null, DateTime? to = null, int page = 1, int pageSize = 20)
    {
        if (page < 1) throw new DomainValidationException("page", "page starts at 1.");
        if (pageSize is < 1 or > 200) throw new DomainValidationException("pageSize", "pageSize must be between 1 and 200.");
        var units = await CaseAccess.VisibleUnitIdsAsync(db, await actors.GetAsync(ct), ct);
        var query = db.Cases.AsNoTracking().Visible(units);
        if (status is not null) query = query.Where(c => c.Status == status);
        if (itemCode is not null) query = query.Where(c => c.ImplementationCode == itemCode);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(c => c.CaseNo == q || c.Applicant.Name == q);
        if (from is not null) query = query.Where(c => c.ReceivedAtUtc >= from.Value.ToUniversalTime());
        if (to is not null) query = query.Where(c => c.ReceivedAtUtc < to.Value.ToUniversalTime());
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.ReceivedAtUtc).ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ProjectTo<CaseSummaryDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        return TypedResults.Ok(new Page<CaseSummaryDto>(items, total, page, pageSize));
    }

    /// <summary>The case with its clocks (both deadlines, level, working time used) and excluded periods.</summary>
    public static async Task<Ok<CaseDto>> Get(long id, CaseFlowDbContext db, ActorAccessor actors, IMapper mapper, WorkCalendarProvider calendars, DomainClock clock,
        CancellationToken ct)
    {
        var @case = await CaseAccess.GetVisibleAsync(db, await actors.GetAsync(ct), id, ct);
        var dto = mapper.Map<CaseDto>(@case);
        dto.Clocks = await DeadlineEndpoints.ClocksOfAsync(db, id, @case.HomeRegionCode, calendars.Current, clock.UtcNow, ct);
        dto.ExcludedPeriods = await db.ExcludedPeriods.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.Id)
            .ProjectTo<ExcludedPeriodDto>(mapper.ConfigurationProvider).ToListAsync(ct);
        return TypedResults.Ok(dto);
    }

    public static async Task<Ok<List<TimelineEntryDto>>> Timeline(long id, CaseFlowDbContext db, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        await CaseAccess.GetVisibleAsync(db, await actors.GetAsync(ct), id, ct);
        return TypedResults.Ok(await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.Id)
            .ProjectTo<TimelineEntryDto>(mapper.ConfigurationProvider).ToListAsync(ct));
    }

    public static async Task<Ok<List<DocumentDto>>> Documents(long id, CaseFlowDbContext db, ActorAccessor actors, IMapper mapper, CancellationToken ct)
    {
        await CaseAccess.GetVisibleAsync(db, await actors.GetAsync(ct), id, ct);
        return TypedResults.Ok(await db.Documents.AsNoTracking().Where(d => d.CaseId == id).OrderBy(d => d.Id)
            .ProjectTo<DocumentDto>(mapper.ConfigurationProvider).ToListAsync(ct));
    }

    /// <summary>The printable form of a document that has one (一次性告知书): the HTML stored, and hashed, with it.</summary>
    public static async Task<ContentHttpResult> PrintDocument(long id, long documentId, CaseFlowDbContext db, ActorAccessor actors, CancellationToken ct)
    {
        await CaseAccess.GetVisibleAsync(db, await actors.GetAsync(ct), id, ct);
        var json = await db.Documents.AsNoTracking().Where(d => d.Id == documentId && d.CaseId == id).Select(d => d.ContentJson).SingleOrDefaultAsync(ct)
            ?? throw new DomainNotFoundException($"Document {documentId} of case {id} not found.");
        var html = JsonNode.Parse(json)?["html"]?.ToString() ?? throw new DomainNotFoundException($"Document {documentId} has no printable form.");
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>补正: the applicant hands in what the one-time notice listed, at the window.</summary>
    public static async Task<Ok<CaseDto>> Supplement(long id, SupplementRequest request, CaseFlowDbContext db, WorkflowHost host, WindowRights rights, ActorAccessor actors,
        IMapper mapper, WorkCalendarProvider calendars, DomainClock clock, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var @case = await CaseAccess.GetVisibleAsync(db, actor, id, ct);
        await RequireIntakeClerkAsync(db, actor, @case, "a supplement", ct);
        if (@case.Status != CaseStatus.AwaitingSupplement) throw new DomainConflictException($"办件 {@case.CaseNo} is {@case.Status}, not awaiting a supplement.");
        if ((request.Materials ?? []).Any(m => string.Equals(m.State, nameof(MaterialState.OriginalVerified), StringComparison.OrdinalIgnoreCase)))
            await rights.RequireAsync(@case.IntakeWindowId, WindowRightKind.OriginalCheck, await ItemOfAsync(db, @case, ct), ct);
        var data = new JsonObject
        {
            ["materials"] = new JsonArray((request.Materials ?? []).Select(m => (JsonNode)new JsonObject { ["code"] = m.Code, ["state"] = m.State }).ToArray()),
            ["form"] = request.Form?.DeepClone(),
        };
        await Resume(host, WaitForSupplementActivity.EventName, @case.CaseNo, data, actor.UserName, ct);
        await db.SaveChangesAsync(ct);
        return await Get(id, db, actors, mapper, calendars, clock, ct);
    }

    /// <summary>The courier's delivery confirmation (签收), matched by waybill: a clerk of the intake window records it, with the window's 审批结果送达权.</summary>
    public static async Task<Ok<CaseDto>> ConfirmDelivery(long id, DeliveryConfirmation request, CaseFlowDbContext db, WorkflowHost host, WindowRights rights,
        ActorAccessor actors, IMapper mapper, WorkCalendarProvider calendars, DomainClock clock, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var @case = await CaseAccess.GetVisibleAsync(db, actor, id, ct);
        await RequireIntakeClerkAsync(db, actor, @case, "the delivery confirmation", ct);
        await rights.RequireAsync(@case.IntakeWindowId, WindowRightKind.ResultDelivery, await ItemOfAsync(db, @case, ct), ct);
        if (string.IsNullOrWhiteSpace(request.Waybill) || request.Waybill != @case.Waybill)
            throw new DomainValidationException("waybill", "The waybill does not match the case's mailing.");
        await Resume(host, MailBackActivity.EventName, request.Waybill, new JsonObject { ["signedBy"] = request.SignedBy }, actor.UserName, ct);
        await db.SaveChangesAsync(ct);
        return await Get(id, db, actors, mapper, calendars, clock, ct);
    }

    /// <summary>The applicant's acts at the window (supplement, delivery) are recorded by a clerk of the intake window (403 for anyone else who sees the case).</summary>
    private static async Task RequireIntakeClerkAsync(CaseFlowDbContext db, Actor actor, Case @case, string act, CancellationToken ct)
    {
        var window = await db.OrgUnits.AsNoTracking().Where(o => o.Id == @case.IntakeWindowId).Select(o => new { o.Code, o.Path }).SingleAsync(ct);
        if (!actor.HasRoleOver(Roles.Clerk, window.Path))
            throw new DomainForbiddenException($"Only a clerk of the intake window {window.Code} records {act} for 办件 {@case.CaseNo}.");
    }

    private static Task<ServiceItem> ItemOfAsync(CaseFlowDbContext db, Case @case, CancellationToken ct) =>
        db.ServiceItems.AsNoTracking().SingleAsync(s => s.Id == @case.ServiceItemId, ct);

    private static async Task Resume(WorkflowHost host, string eventName, string key, JsonObject data, string actor, CancellationToken ct)
    {
        try
        {
            if (await host.RaiseEventAsync(eventName, key, data, actor, keepIfUnmatched: false, ct) == 0)
                throw new DomainConflictException($"Nothing is waiting for '{eventName}' on {key}.");
        }
        catch (CaseFlow.Workflows.Activities.WorkflowInputException ex)
        {
            throw new DomainValidationException(ex.Field, ex.Message);
        }
    }
}
