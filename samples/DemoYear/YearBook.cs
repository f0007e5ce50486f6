using System.Text.Json.Nodes;
using CaseFlow.Domain.Calendar;
using static CaseFlow.DemoYear.Api;

namespace CaseFlow.DemoYear;

/// <summary>The generator's state over the simulated year: its random source, the cases and their fates, and what the acts need.</summary>
internal sealed class YearBook(Random rng, Staff staff, WorkCalendar calendar, TextWriter? log)
{
    private static readonly (string Level, int Weight, int Score)[] Levels =
        [("VerySatisfied", 55, 5), ("Satisfied", 25, 4), ("BasicallySatisfied", 10, 3), ("Dissatisfied", 7, 2), ("VeryDissatisfied", 3, 1)];

    private static readonly string[] PoorComments = ["窗口等候时间过长", "办理进度未及时告知", "补正要求前后不一致", "工作人员解释不够耐心"];

    public Random Rng => rng;
    public Staff Staff => staff;
    public WorkCalendar Calendar => calendar;
    public Dictionary<long, CaseState> Cases { get; } = [];
    public SortedDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public void Count(string what) => Counts[what] = Counts.GetValueOrDefault(what) + 1;

    /// <summary>Where the run's time goes (printed with --verbose-timing).</summary>
    public SortedDictionary<string, TimeSpan> Spent { get; } = new(StringComparer.Ordinal);

    public async Task<T> TimedAsync<T>(string what, Func<Task<T>> act)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try { return await act(); }
        finally { Spent[what] = Spent.GetValueOrDefault(what) + watch.Elapsed; }
    }

    public void Log(string line) => log?.WriteLine(line);

    /// <summary>The day of the decision, by fate: within the committed limit, on its last day, after it, or never.</summary>
    public DateOnly ApprovalDay(CaseState state, DateOnly accepted)
    {
        var limit = state.Item.CommittedWorkingDays;
        var days = state.Fate switch
        {
            _ when state.Item.Immediate => 0,
            Fate.Abandoned => -1,
            Fate.Slow => limit,
            Fate.Late => limit + rng.Next(2, 5),
            _ => rng.Next(0, Math.Max(1, Math.Min(limit - 1, 6))),
        };
        return days < 0 ? DateOnly.MaxValue : calendar.AddWorkingDays(accepted, days);
    }

    /// <summary>After an approval step: a result going by post waits for the courier's confirmation a few days on.</summary>
    public async Task AfterDecisionAsync(CaseState state, DateOnly today)
    {
        if (state.Fate != Fate.Refused && !state.ByMail) return;
        // 多地联办: the case is decided only when its last branch is.
        var current = await GetAsync(state.Window.Clerks[0], $"/api/cases/{state.Id}");
        if (Str(current["outcome"]) == "Rejected") await FinishAsync(state);
        else if (Str(current["status"]) == "Delivering" && current["waybill"] is not null && state.DeliveryOn is null)
            state.DeliveryOn = today.AddDays(rng.Next(1, 4));
    }

    /// <summary>The applicant's side on a day: supplements handed in at the window, mailed results signed for.</summary>
    public async Task ApplicantActsAsync(DateOnly today)
    {
        foreach (var state in Cases.Values.Where(c => c.SupplementOn <= today).OrderBy(c => c.Id).ToList())
        {
            var codes = new[] { state.MissingMaterial! };
            await PostAsync(state.Window.Clerks[0], $"/api/cases/{state.Id}/supplement", new JsonObject
            {
                ["materials"] = new JsonArray(codes.Select(code => (JsonNode)new JsonObject { ["code"] = code, ["state"] = "submitted" }).ToArray()),
            });
            state.Supplements++;
            state.SupplementOn = null;
            state.ReadyOn = today;
        }
        foreach (var state in Cases.Values.Where(c => c.DeliveryOn <= today && !c.Finished).OrderBy(c => c.Id).ToList())
        {
            var current = await GetAsync(state.Window.Clerks[0], $"/api/cases/{state.Id}");
            await PostAsync(state.Window.Clerks[0], $"/api/cases/{state.Id}/delivery",
                new JsonObject { ["waybill"] = current["waybill"]!.DeepClone(), ["signedBy"] = Str(current["applicantName"]) });
            state.DeliveryOn = null;
            await FinishAsync(state);
        }
    }

    /// <summary>A finished case: about half get a window-pad or 12345 rating, some of them 不满意 (more so after a refusal).</summary>
    public async Task FinishAsync(CaseState state)
    {
        state.Finished = true;
        state.DeliveryOn = null;
        if (rng.NextDouble() >= 0.5) return;
        var negative = state.Fate is Fate.Refused or Fate.NotAccepted or Fate.Late;
        var roll = rng.Next(100) - (negative ? 25 : 0);
        var (level, _, score) = Levels[^1];
        for (var (i, sum) = (0, 0); i < Levels.Length; i++)
        {
            sum += Levels[i].Weight;
            if (roll < sum) { (level, _, score) = Levels[i]; break; }
        }
        var rating = new JsonObject
        {
            ["channel"] = rng.Next(10) < 7 ? "WindowPad" : "Hotline12345",
            ["level"] = level,
            ["criteria"] = new JsonArray(
                new JsonObject { ["criterion"] = "Overall", ["score"] = score },
                new JsonObject { ["criterion"] = "Efficiency", ["score"] = Math.Clamp(score + rng.Next(-1, 2), 1, 5) },
                new JsonObject { ["criterion"] = "Attitude", ["score"] = Math.Clamp(score + rng.Next(-1, 2), 1, 5) }),
        };
        if (score <= 2) rating["comment"] = PoorComments[rng.Next(PoorComments.Length)];
        await PostAsync(state.Window.Clerks[0], $"/api/cases/{state.Id}/rating", rating);
        Count(score <= 2 ? "rated-poor" : "rated");
    }
}
