namespace CaseFlow.DemoYear.Bulk;

/// <summary>Where a case stands at the bulk writer's "now".</summary>
public enum StoryStage { InReview, InApproval, Cancelled, NotAccepted, Decided }

/// <summary>
/// One case's year as the bulk writer tells it: the instants of its steps (received, accepted, decided, archived, rated),
/// its clock deadlines, stops and extension, and where it stands at "now" — a step after now has not happened, so the newest
/// cases are still open. Working days are approximated as 7 calendar days per 5 (the bulk data need not match the work
/// calendar to the day: the clocks' stored outcomes and levels are what the reports read, and they are consistent here).
/// </summary>
public sealed class CaseStory
{
    private const double CalendarPerWorkingDay = 7.0 / 5;
    public static readonly TimeSpan ReviewWindow = TimeSpan.FromDays(5 * CalendarPerWorkingDay);

    public StoryStage Stage { get; private init; }
    public DateTime Received { get; private init; }
    public DateTime ReviewDue { get; private init; }
    public DateTime? Accepted { get; private init; }
    public bool Deemed { get; private init; }
    public DateTime? Decided { get; private init; }
    public DateTime? Archived { get; private init; }
    public DateTime? Cancelled { get; private init; }
    public bool Approved { get; private init; }
    public DateTime CommittedDue { get; private init; }
    public DateTime StatutoryDue { get; private init; }
    /// <summary>补正 after acceptance: the clocks stop from here for <see cref="StopLength"/>.</summary>
    public DateTime? StopStart { get; private init; }
    public TimeSpan StopLength { get; private init; }
    public DateTime? Extended { get; private init; }
    public int ExtensionDays { get; private init; }
    /// <summary>补正 before acceptance (the review clock restarts from the complete material).</summary>
    public bool SupplementedAtIntake { get; private init; }
    public DateTime? RatedAt { get; private init; }

    public bool IsOpen => Stage is StoryStage.InReview or StoryStage.InApproval;
    public bool CommittedOnTime => Decided is { } d && d < CommittedDue;
    public bool StatutoryOnTime => Decided is { } d && d < StatutoryDue;

    /// <summary>The deadline the case answers to now: the review window before acceptance, the committed one after.</summary>
    public DateTime CurrentDue => Accepted is null ? ReviewDue : CommittedDue;

    public static CaseStory Tell(BulkItem item, DateTime received, DateTime now, Random random)
    {
        var supplementedAtIntake = random.Next(10) == 0;
        var materialComplete = received + (supplementedAtIntake ? TimeSpan.FromDays(random.Next(1, 5)) : TimeSpan.Zero);
        var reviewDue = materialComplete + ReviewWindow;
        if (random.Next(100) < 2)
        {
            var cancelled = received + TimeSpan.FromHours(random.Next(1, 72));
            return cancelled <= now
                ? new CaseStory { Stage = StoryStage.Cancelled, Received = received, ReviewDue = reviewDue, Cancelled = cancelled, SupplementedAtIntake = supplementedAtIntake }
                : new CaseStory { Stage = StoryStage.InReview, Received = received, ReviewDue = reviewDue, SupplementedAtIntake = supplementedAtIntake };
        }
        if (random.Next(100) < 4)
        {
            // 不予受理: decided at review, without acceptance.
            var refused = materialComplete + TimeSpan.FromHours(random.Next(1, 60));
            return refused <= now
                ? new CaseStory { Stage = StoryStage.NotAccepted, Received = received, ReviewDue = reviewDue, Decided = refused, Archived = refused + TimeSpan.FromMinutes(random.Next(5, 120)), SupplementedAtIntake = supplementedAtIntake }
                : new CaseStory { Stage = StoryStage.InReview, Received = received, ReviewDue = reviewDue, SupplementedAtIntake = supplementedAtIntake };
        }

        // 视为受理 (3 %): the review window passed without a decision, so acceptance dates from its end.
        var deemed = !item.Immediate && random.Next(100) < 3;
        var accepted = deemed ? reviewDue : item.Immediate ? materialComplete + TimeSpan.FromMinutes(random.Next(5, 60))
            : materialComplete + TimeSpan.FromHours(random.Next(1, 30));
        if (accepted > now)
            return new CaseStory { Stage = StoryStage.InReview, Received = received, ReviewDue = reviewDue, SupplementedAtIntake = supplementedAtIntake };

        var committedDays = Math.Max(item.CommittedValue, item.Immediate ? 0 : 1);
        var statutoryDays = Math.Max(item.StatutoryValue, committedDays);
        // Most decisions well within the committed limit, some near it, a few late.
        var share = random.Next(100) switch { < 84 => 0.1 + 0.8 * random.NextDouble(), < 95 => 0.9 + 0.2 * random.NextDouble(), _ => 1.1 + 0.9 * random.NextDouble() };
        var work = item.Immediate ? TimeSpan.FromMinutes(random.Next(5, 90)) : TimeSpan.FromDays(committedDays * CalendarPerWorkingDay * share);
        var stop = !item.Immediate && random.Next(100) < 8;
        var stopLength = stop ? TimeSpan.FromDays(random.Next(1, 6)) : TimeSpan.Zero;
        var extend = !item.Immediate && statutoryDays > 0 && random.Next(100) < 3;
        var extensionDays = extend ? Math.Max(5, statutoryDays / 2) : 0;
        var decided = accepted + work + stopLength + (extend ? TimeSpan.FromDays(extensionDays * CalendarPerWorkingDay * 0.5) : TimeSpan.Zero);
        // A day limit ends with its day: the clocks' due instants are the start of the next (Beijing) day.
        var committedDue = EndOfDay(accepted + TimeSpan.FromDays(committedDays * CalendarPerWorkingDay) + stopLength);
        var statutoryDue = EndOfDay(accepted + TimeSpan.FromDays((statutoryDays + extensionDays) * CalendarPerWorkingDay) + stopLength);
        var story = new CaseStory
        {
            Stage = decided <= now ? StoryStage.Decided : StoryStage.InApproval, Received = received, ReviewDue = reviewDue, Accepted = accepted, Deemed = deemed,
            CommittedDue = committedDue, StatutoryDue = statutoryDue, SupplementedAtIntake = supplementedAtIntake,
            StopStart = stop && accepted + work * 0.3 <= now ? accepted + work * 0.3 : null, StopLength = stopLength,
            Extended = extend && accepted + work * 0.5 <= now ? accepted + work * 0.5 : null, ExtensionDays = extensionDays,
        };
        if (decided > now) return story;
        var archived = Min(decided + TimeSpan.FromHours(random.Next(1, 96)), now);
        var rated = random.Next(100) < 40 ? archived + TimeSpan.FromHours(random.Next(1, 72)) : (DateTime?)null;
        return new CaseStory
        {
            Stage = StoryStage.Decided, Received = received, ReviewDue = reviewDue, Accepted = accepted, Deemed = deemed, Decided = decided, Archived = archived,
            Approved = random.Next(100) < 93, CommittedDue = committedDue, StatutoryDue = statutoryDue, SupplementedAtIntake = supplementedAtIntake,
            StopStart = story.StopStart, StopLength = stopLength, Extended = story.Extended, ExtensionDays = extensionDays,
            RatedAt = rated <= now ? rated : null,
        };
    }

    /// <summary>The end of the Beijing day holding the instant, as the clocks store a day deadline: the next day's start (UTC), exclusive.</summary>
    public static DateTime EndOfDay(DateTime utc)
    {
        var local = utc + BulkClock.ChinaOffset;
        return DateTime.SpecifyKind(local.Date.AddDays(1) - BulkClock.ChinaOffset, DateTimeKind.Utc);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}

/// <summary>Beijing dates of UTC instants (China keeps no daylight saving time).</summary>
public static class BulkClock
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(utc + ChinaOffset);
}
