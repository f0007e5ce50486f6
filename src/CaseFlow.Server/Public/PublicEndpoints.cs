using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using CaseFlow.Domain;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Public;

/// <summary>The applicant's view: <c>dueDate</c>/<c>statutoryDueDate</c> are the current committed and statutory deadlines (Beijing dates),
/// <c>finished</c> says the case may be rated (办结), <c>rated</c> that it has been.</summary>
public sealed record TrackingDto(string CaseNo, string ItemName, CaseStatus Status, CaseOutcome Outcome, DateTime ReceivedAtUtc, DateTime? AcceptedAtUtc,
    DateTime? ArchivedAtUtc, string? Waybill, IReadOnlyList<TrackingEntry> Timeline, DateOnly? DueDate = null, DateOnly? StatutoryDueDate = null,
    DateTime? DecidedAtUtc = null, DateTime? DeliveredAtUtc = null, bool Finished = false, bool Rated = false);

public sealed record TrackingEntry(DateTime AtUtc, string Summary);

/// <summary>Applicants follow their case by number plus the phone they gave; a wrong pair is simply "not found".</summary>
public static class PublicEndpoints
{
    public const string RateLimitPolicy = "public";

    /// <summary>Case numbers are guessable (date + sequence), so anonymous lookups are limited per client address.</summary>
    public static IServiceCollection AddPublicTrackingRateLimit(this IServiceCollection services, int permitsPerMinute) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

    public static RouteGroupBuilder MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimitPolicy);
        group.MapGet("/cases/{caseNo}", Track)
            .WithName("TrackCase")
            .WithSummary("查询办理进度（申请人）");
        return group;
    }

    public static async Task<Ok<TrackingDto>> Track(string caseNo, string phone, CaseFlowDbContext db, CancellationToken ct)
    {
        new InputCheck().Text("caseNo", caseNo, InputLimits.Code).Text("phone", phone, InputLimits.Phone).ThrowIfAny();
        var found = await db.Cases.AsNoTracking().Where(c => c.CaseNo == caseNo && c.Applicant.Phone == phone)
            .Select(c => new { c.Id, c.CaseNo, c.ItemName, c.Status, c.Outcome, c.ReceivedAtUtc, c.AcceptedAtUtc, c.ArchivedAtUtc, c.Waybill, c.DecidedAtUtc, c.DeliveredAtUtc })
            .SingleOrDefaultAsync(ct) ?? throw new DomainNotFoundException("No case matches this number and phone.");
        var timeline = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == found.Id).OrderBy(e => e.Id)
            .Select(e => new TrackingEntry(e.AtUtc, e.Summary)).ToListAsync(ct);
        var clocks = await db.Clocks.AsNoTracking().Where(c => c.CaseId == found.Id && (c.Kind == ClockKind.Committed || c.Kind == ClockKind.Statutory))
            .OrderBy(c => c.Id).Select(c => new { c.Kind, c.DueDate }).ToListAsync(ct);
        var rated = await db.Ratings.AnyAsync(r => r.CaseId == found.Id, ct);
        var finished = found.Outcome != CaseOutcome.None && found.Status is CaseStatus.Decided or CaseStatus.Delivering or CaseStatus.Archived;
        return TypedResults.Ok(new TrackingDto(found.CaseNo, found.ItemName, found.Status, found.Outcome, found.ReceivedAtUtc, found.AcceptedAtUtc, found.ArchivedAtUtc,
            found.Waybill, timeline, clocks.LastOrDefault(c => c.Kind == ClockKind.Committed)?.DueDate, clocks.LastOrDefault(c => c.Kind == ClockKind.Statutory)?.DueDate,
            found.DecidedAtUtc, found.DeliveredAtUtc, finished, rated));
    }
}
