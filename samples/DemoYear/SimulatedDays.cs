using CaseFlow.Domain.Calendar;
using CaseFlow.Server.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CaseFlow.DemoYear.Api;

namespace CaseFlow.DemoYear;

/// <summary>
/// The day-by-day rhythm: 09:00 the timers (and on Mondays the daily report job, 每日报表, which catches up the week), then
/// applications (one to five on a working day, now and then one on a day off); 10:30 supplements and mail signed for;
/// 11:00 and, after the timers again, 15:00 the inboxes worked. The timer sweep is run by hand after each move of the clock, as the tests do (TimeLimitTests).
/// </summary>
internal sealed class SimulatedDays(DemoHost host, FakeTimeProvider time, TimeZoneInfo zone, YearBook book)
{
    /// <summary>The first cases of a run take these fates, so a short period still shows every kind (the test's promise).</summary>
    private static readonly Fate[] FirstFates =
        [Fate.Supplement2, Fate.NotAccepted, Fate.Refused, Fate.ClockStop, Fate.Extension, Fate.Deemed, Fate.Late, Fate.Supplement1];

    private static readonly (Fate Fate, int Weight)[] Weights =
    [
        (Fate.Approved, 52), (Fate.Supplement1, 10), (Fate.Supplement2, 3), (Fate.NotAccepted, 5), (Fate.Refused, 5),
        (Fate.ClockStop, 5), (Fate.Extension, 2), (Fate.Deemed, 3), (Fate.Late, 7), (Fate.Slow, 5), (Fate.Abandoned, 3),
    ];

    private static readonly (string File, int Weight)[] Popularity =
    [
        ("id-card-renewal-offsite.json", 20), ("social-security-card-replacement.json", 18), ("medical-insurance-transfer.json", 12),
        ("housing-fund-withdrawal-retirement.json", 10), ("marriage-registration.json", 8), ("individual-business-registration.json", 10),
        ("household-registration-transfer.json", 10), ("real-estate-transfer-registration.json", 12),
    ];

    private const string SteadyItem = "social-security-card-replacement.json";

    private readonly SampleItem[] _items = SampleItem.Load();
    private readonly TaskWork _work = new(book);
    private WorkCalendar Calendar => book.Calendar;
    private int _applied;

    public async Task RunAsync(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            Move(day, 9, 0);
            // The daily job catches up to 7 days: run weekly (and at the end), so the stored 每日报表 cover the whole period.
            if (day.DayOfWeek == DayOfWeek.Monday) await TimersAndDailyReportAsync();
            else await SweepAsync();
            var working = Calendar.IsWorkingDay(day);
            var count = working ? book.Rng.Next(1, 6) : book.Rng.Next(10) < 2 ? 1 : 0;
            var left = Calendar.WorkingDaysBetween(day, last);
            for (var i = 0; i < count; i++)
            {
                Move(day, 9, 5 + 12 * i);
                await book.TimedAsync("apply", async () => { await ApplyAsync(day, left, i); return 0; });
            }
            Move(day, 10, 30);
            await book.TimedAsync("applicant", async () => { await book.ApplicantActsAsync(day); return 0; });
            if (!working) continue;
            Move(day, 11, 0);
            await WorkInboxesAsync(day);
            Move(day, 15, 0);
            await SweepAsync();
            await WorkInboxesAsync(day);
            if (day.Day == 1) book.Log($"{day:yyyy-MM-dd}: {_applied} cases so far");
        }
    }

    public async Task TimersAndDailyReportAsync()
    {
        await SweepAsync();
        await book.TimedAsync("daily-report", async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DailyReportJob>().RunAsync();
        });
    }

    private Task SweepAsync() => book.TimedAsync("sweep", () => host.Services.GetRequiredService<TimerSweep>().RunAsync(CancellationToken.None));

    private void Move(DateOnly day, int hour, int minute)
    {
        var next = DemoYearGenerator.At(day, hour, minute, zone);
        if (next > time.GetUtcNow()) time.SetUtcNow(next);
    }

    /// <summary>A pass over every worker's queue, then further passes over the workers of the cases acted on, until quiet.</summary>
    private async Task WorkInboxesAsync(DateOnly today)
    {
        var workers = book.Staff.Workers.ToList();
        for (var pass = 0; pass < 6 && workers.Count > 0; pass++)
        {
            var acted = new List<CaseState>();
            foreach (var worker in workers) acted.AddRange(await book.TimedAsync("inbox", () => _work.PassAsync(worker, today)));
            workers = book.Staff.Workers.Where(w => acted.Any(c => c.Window.Clerks[0] == w || book.Staff.Approvers[c.HomeRegion] == w)).ToList();
        }
    }

    private async Task ApplyAsync(DateOnly day, int workingDaysLeft, int indexInDay)
    {
        var rng = book.Rng;
        var fate = PickFate(workingDaysLeft, indexInDay);
        var file = _applied < FirstFates.Length || (indexInDay == 0 && workingDaysLeft is 15 or 9) ? SteadyItem : Popularity[WeightedIndex(Popularity.Select(p => p.Weight).ToList(), rng)].File;
        var item = _items.Single(i => i.File == file);
        if (item.Immediate && fate is Fate.ClockStop or Fate.Extension or Fate.Deemed or Fate.Late or Fate.Slow or Fate.Abandoned) fate = Fate.Approved;
        var window = book.Staff.Windows[rng.Next(10) switch { < 4 => 0, < 6 => 1, < 8 => 2, _ => 3 }];
        var homeRegion = Staff.HomeRegions[rng.Next(Staff.HomeRegions.Length)];
        var options = Applications.DeliveryOptions(item);
        var byMail = options.Contains("mail") && (!options.Contains("window") || rng.Next(2) == 0);
        var missing = fate is Fate.Supplement1 or Fate.Supplement2 ? Applications.FirstRequired(item) : null;
        var online = rng.Next(100) < 8;
        var created = await PostAsync(window.Clerks[_applied % window.Clerks.Length], "/api/cases", Applications.Body(item, rng, homeRegion, missing, online, byMail));
        var id = created!["id"]!.GetValue<long>();
        book.Cases[id] = new CaseState
        {
            Id = id, No = Str(created["caseNo"]), Fate = fate, Item = item, Window = window, HomeRegion = homeRegion, ByMail = byMail,
            MissingMaterial = missing,
            ReadyOn = fate == Fate.Deemed ? Calendar.AddWorkingDays(day, 7) : rng.Next(5) == 0 ? Calendar.NextWorkingDay(day.AddDays(1)) : day,
        };
        book.Count("fate:" + fate);
        _applied++;
    }

    private Fate PickFate(int workingDaysLeft, int indexInDay)
    {
        // Anchors near the end: one case left open past its limit (超期, 停滞, 督办) and one at 预警 when the run stops.
        if (indexInDay == 0 && workingDaysLeft == 15) return Fate.Abandoned;
        if (indexInDay == 0 && workingDaysLeft == 9) return Fate.Slow;
        if (_applied < FirstFates.Length) return FirstFates[_applied];
        var fate = Weights[WeightedIndex(Weights.Select(w => w.Weight).ToList(), book.Rng)].Fate;
        // Cases forgotten for most of a year would be unrealistic: abandoned ones come from the last two months only.
        return fate == Fate.Abandoned && workingDaysLeft > 40 ? Fate.Approved : fate;
    }

    private static int WeightedIndex(IReadOnlyList<int> weights, Random rng)
    {
        var roll = rng.Next(weights.Sum());
        var i = 0;
        for (; roll >= weights[i]; i++) roll -= weights[i];
        return i;
    }
}
