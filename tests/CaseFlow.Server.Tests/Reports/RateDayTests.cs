using System.Text.Json.Nodes;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Reports;

/// <summary>The rates' daily summaries (docs/decisions.md, decision 34): made for past days only, and made again after a push.</summary>
public sealed class RateDayTests
{
    private const string SecondOfMarch = "from=2026-03-02&to=2026-03-02";

    [Fact]
    public async Task Only_past_days_are_summarised_once_and_a_summarised_day_answers_as_the_cases_do()
    {
        await using var w = await ReportWorld.StartAsync();
        await w.ApplyAsync(ReportWorld.SocialSecurityCard);
        (await w.SummariseRateDaysAsync()).ShouldBe(0, "2 March is today: it is counted from the cases");
        w.At(3, 4);
        var live = await w.AnswersAsync($"/api/reports/rates?{SecondOfMarch}", $"/api/reports/rates/by/item?{SecondOfMarch}");
        (await w.SummariseRateDaysAsync()).ShouldBe(2, "2 and 3 March");
        (await w.SummarisedDaysAsync()).ShouldBe([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)]);
        (await w.SummariseRateDaysAsync()).ShouldBe(0, "a summarised day is not summarised again");
        (await w.AnswersAsync($"/api/reports/rates?{SecondOfMarch}", $"/api/reports/rates/by/item?{SecondOfMarch}")).ShouldBe(live);
        Int((await GetJsonAsync(w.Admin, $"/api/reports/rates?{SecondOfMarch}"))["totals"]!, "received").ShouldBe(1);
    }

    [Fact]
    public async Task A_push_after_the_receipt_day_was_summarised_counts_that_receipt_under_the_department_it_went_to()
    {
        await using var w = await ReportWorld.StartAsync();
        var c = await w.ApplyAsync(ReportWorld.SocialSecurityCard);
        w.At(3, 3);
        (await w.SummariseRateDaysAsync()).ShouldBe(1);
        var url = $"/api/reports/rates/by/department?{SecondOfMarch}";
        var before = (await GetJsonAsync(w.Admin, url))["points"]!.AsArray().Single()!;
        (Str(before["key"]), Int(before["figures"]!, "received")).ShouldBe(("", 1), "received on 2 March, not yet pushed");

        await w.PassReviewAsync(c); // accepted at the window and pushed to the home department on 3 March
        (await w.SummarisedDaysAsync()).ShouldBeEmpty("the push forgot the summary of the day its case was received");
        var after = (await GetJsonAsync(w.Admin, url))["points"]!.AsArray().Single()!;
        Str(after["key"]).ShouldNotBe("");
        Int(after["figures"]!, "received").ShouldBe(1);
        var live = await w.AnswersAsync(url);

        (await w.SummariseRateDaysAsync()).ShouldBe(1, "2 March again (3 March is today)");
        (await w.AnswersAsync(url)).ShouldBe(live, "the new summary counts it under its department");
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();
}
