using System.Text.Json.Nodes;
using CaseFlow.Domain.Access;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Notifications;
using CaseFlow.Domain.Org;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Ratings;

/// <summary>
/// The writes of 好差评 (README "好差评"), each load → authorise → domain method → one save: the applicant's code and online
/// rating (no sign-in: case number + phone + code), a clerk's window-pad or hotline rating, an administrator's void on appeal.
/// A poor rating starts its rectification (差评整改) in the same write; a void cancels it (<see cref="Rectifications"/>).
/// </summary>
public sealed class RatingService(CaseFlowDbContext db, AccessPolicy access, Notifier notifier, DomainEventDispatcher events, DomainClock clock, RatingOptions options,
    Rectifications rectifications)
{
    /// <summary>Wrong phone, wrong, spent or expired code: one answer, so it tells nobody which part was wrong.</summary>
    public static DomainValidationException Refused() =>
        new("code", "The case number, phone and code do not match a valid rating code; ask for a new code if it expired.");

    /// <summary>Sends a one-time code to the applicant's phone; a wrong number/phone pair is "not found", as for tracking.</summary>
    public async Task<RatingCode> RequestCodeAsync(string caseNo, string phone, CancellationToken ct)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo && c.Applicant.Phone == phone, ct)
            ?? throw new DomainNotFoundException("No case matches this number and phone.");
        await RequireUnratedAsync(@case, ct);
        if (!Rating.IsFinished(@case)) throw new DomainConflictException($"办件 {@case.CaseNo} is not finished (办结) yet; it is rated afterwards.");
        var now = clock.UtcNow;
        var earlier = await db.RatingCodes.Where(c => c.CaseId == @case.Id && c.CreatedAtUtc > now.AddDays(-1)).ToListAsync(ct);
        if (earlier.Count >= options.CodesPerDay)
            throw new DomainConflictException($"At most {options.CodesPerDay} codes are sent per case in 24 hours; try again later.");
        foreach (var code in earlier) code.End(now);
        var (issued, plain) = RatingCode.Issue(@case, now, TimeSpan.FromMinutes(options.CodeLifetimeMinutes));
        db.RatingCodes.Add(issued);
        notifier.ToApplicant(@case, NotificationTexts.RatingCode, new JsonObject { ["code"] = plain, ["minutes"] = options.CodeLifetimeMinutes });
        await db.SaveChangesAsync(ct);
        return issued;
    }

    /// <summary>The applicant's online rating (一事一评). A wrong code counts a try (saved) and is refused like a wrong phone.</summary>
    public async Task<Rating> RateOnlineAsync(string caseNo, string phone, string code, RatingInput input, CancellationToken ct)
    {
        Rating.Check(input);
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo && c.Applicant.Phone == phone, ct) ?? throw Refused();
        var now = clock.UtcNow;
        var live = await db.RatingCodes.Where(c => c.CaseId == @case.Id && c.EndedAtUtc == null).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (live is null || !live.IsLive(now, options.CodeTries)) throw Refused();
        if (!live.TryUse(code, now, options.CodeTries))
        {
            await db.SaveChangesAsync(ct);
            throw Refused();
        }
        return await GiveAsync(@case, input, RatingChannel.Online, Rating.Applicant, ct);
    }

    /// <summary>A rating given at the window pad or by the 12345 hotline, recorded by a clerk of the case's intake window.</summary>
    public async Task<Rating> RecordAsync(long caseId, RatingChannel channel, RatingInput input, Actor actor, CancellationToken ct)
    {
        var @case = await access.CaseAsync(actor, caseId, ct, tracked: true);
        await access.RequireIntakeClerkAsync(actor, @case, "a rating", ct);
        if (channel is not (RatingChannel.WindowPad or RatingChannel.Hotline12345))
            throw new DomainValidationException("channel", "A clerk records a rating given at the window pad (WindowPad) or by the 12345 hotline (Hotline12345); online ratings come from the applicant.");
        return await GiveAsync(@case, input, channel, actor.UserName, ct);
    }

    /// <summary>申诉复核: an administrator voids the rating with a reason; it leaves the figures and stays in the case's audit chain.</summary>
    public async Task<Rating> VoidAsync(long ratingId, string? reason, Actor actor, CancellationToken ct)
    {
        AccessPolicy.RequireAdmin(actor, "Voiding a rating on appeal (申诉复核) is for administrators.");
        var rating = await db.Ratings.Include(r => r.Case).SingleOrDefaultAsync(r => r.Id == ratingId, ct)
            ?? throw new DomainNotFoundException($"Rating {ratingId} not found.");
        rating.Void(reason, actor.UserName, clock.UtcNow);
        await events.DispatchAsync(rating, ct);
        await rectifications.CancelAsync(rating, actor.UserName, ct);
        await db.SaveChangesAsync(ct);
        return rating;
    }

    /// <summary>The rating of a case the actor sees (404 when the case is not visible), null while it has none.</summary>
    public async Task<Rating?> OfCaseAsync(long caseId, Actor actor, CancellationToken ct)
    {
        var @case = await access.CaseAsync(actor, caseId, ct);
        return await db.Ratings.AsNoTracking().Include(r => r.Case).SingleOrDefaultAsync(r => r.CaseId == @case.Id, ct);
    }

    /// <summary>The rectification of a case the actor sees (404 when the case is not visible), null while it has none.</summary>
    public async Task<RectificationView?> RectificationOfCaseAsync(long caseId, Actor actor, CancellationToken ct)
    {
        var @case = await access.CaseAsync(actor, caseId, ct);
        return await RectificationView.OfCaseAsync(db, @case.Id, ct);
    }

    private async Task<Rating> GiveAsync(Case @case, RatingInput input, RatingChannel channel, string by, CancellationToken ct)
    {
        await RequireUnratedAsync(@case, ct);
        var rating = Rating.Give(@case, input, channel, by, clock.UtcNow);
        db.Ratings.Add(rating);
        await events.DispatchAsync(rating, ct);
        await rectifications.StartAsync(rating, ct);
        await db.SaveChangesAsync(ct);
        return rating;
    }

    private async Task RequireUnratedAsync(Case @case, CancellationToken ct)
    {
        if (await db.Ratings.AnyAsync(r => r.CaseId == @case.Id, ct))
            throw new DomainConflictException($"办件 {@case.CaseNo} is already rated: one rating per case.");
    }
}
