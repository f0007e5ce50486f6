using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using static CaseFlow.DemoYear.Api;

namespace CaseFlow.DemoYear;

/// <summary>What a run made, as the server reports it afterwards: cases by status, the year's rates, the live lists, ratings.</summary>
public sealed record DemoYearResult(
    int Cases,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> Generated,
    JsonObject Rates,
    int NearDue, int Overdue, int Stalled, int SupervisionOrders, int Ratings, int PoorRatings,
    DateOnly From, DateOnly To, TimeSpan Elapsed, IReadOnlyDictionary<string, TimeSpan> Spent)
{
    private static readonly string[] Statuses = ["Received", "InReview", "AwaitingSupplement", "Accepted", "Pushed", "InApproval", "Decided", "Delivering", "Archived", "Cancelled"];

    internal static async Task<DemoYearResult> CollectAsync(Staff staff, YearBook book, DateOnly from, DateOnly to, TimeSpan elapsed)
    {
        var byStatus = new Dictionary<string, int>();
        foreach (var status in Statuses)
        {
            var total = (await GetAsync(staff.Admin, $"/api/cases?status={status}&pageSize=1"))["total"]!.GetValue<int>();
            if (total > 0) byStatus[status] = total;
        }
        // Reports take at most 400 days: a longer run reports its last 400.
        var period = $"from={(to.DayNumber - from.DayNumber > 399 ? to.AddDays(-399) : from):yyyy-MM-dd}&to={to:yyyy-MM-dd}";
        async Task<int> TotalAsync(string list) => (await GetAsync(staff.Supervisor, $"/api/reports/{list}"))["total"]!.GetValue<int>();
        var rates = (await GetAsync(staff.Supervisor, $"/api/reports/rates?{period}"))["totals"]!.AsObject();
        var ratings = (await GetAsync(staff.Supervisor, $"/api/reports/ratings?{period}"))["figures"]!;
        return new DemoYearResult(byStatus.Values.Sum(), byStatus, new Dictionary<string, int>(book.Counts), rates,
            await TotalAsync("near-due"), await TotalAsync("overdue"), await TotalAsync("stalled"), await TotalAsync("supervision-orders"),
            ratings["rated"]!.GetValue<int>(), ratings["poor"]!.GetValue<int>(), from, to, elapsed, new Dictionary<string, TimeSpan>(book.Spent));
    }

    public string Describe(DemoYearOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Demo year {From:yyyy-MM-dd} .. {To:yyyy-MM-dd} (seed {options.Seed}) into {options.DatabasePath}");
        text.AppendLine(CultureInfo.InvariantCulture, $"audit key: {options.AuditKeyPath}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{Cases} cases by status: {string.Join(", ", ByStatus.Select(s => $"{s.Key} {s.Value}"))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"generated: {string.Join(", ", Generated.Select(g => $"{g.Key} {g.Value}"))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"rates (/api/reports/rates, supervisor): {Rates.ToJsonString()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"now open: 预警 {NearDue}, 超期 {Overdue}, 停滞 {Stalled}, 督办单 {SupervisionOrders}; ratings {Ratings} ({PoorRatings} 差评)");
        text.AppendLine(CultureInfo.InvariantCulture, $"time spent: {string.Join(", ", Spent.Select(s => $"{s.Key} {s.Value.TotalSeconds:F1} s"))}");
        text.Append(CultureInfo.InvariantCulture, $"took {Elapsed.TotalSeconds:F1} s. Now run the server (dotnet run --project src/CaseFlow.Server) and sign in as supervisor.");
        return text.ToString();
    }
}
