using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseFlow.Server.Tests.Reports;
using MiniExcelLibs;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Ratings;

/// <summary>
/// The ratings report on a known March: seven ratings at 渝中区's window (one voided on appeal, one given in April) and one at
/// 万州区's; each figure is worked out in the comments. A district supervisor counts only their own district's ratings.
/// </summary>
public sealed class RatingReportTests
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    [Fact]
    public async Task The_ratings_report_counts_each_level_and_the_shares_excludes_voided_ratings_and_is_scoped_per_district()
    {
        await using var w = await ReportWorld.StartAsync();
        var wanzhouClerk = await w.UserAsync("wzclerk", ("500101-W01", "clerk"));
        var yuzhong = await w.UserAsync("yzsup", ("500103", "supervisor"));
        var wanzhou = await w.UserAsync("wzsup", ("500101", "supervisor"));

        w.At(3, 2);
        string[] levels = ["VerySatisfied", "VerySatisfied", "Satisfied", "Satisfied", "BasicallySatisfied", "Dissatisfied", "VeryDissatisfied"];
        var ids = new List<long>();
        foreach (var level in levels)
        {
            var f = await w.FinishedAsync();
            var response = await RatingSteps.RecordAsync(w.Clerk, f.Id, "WindowPad", level);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            ids.Add((await response.Content.ReadFromJsonAsync<JsonObject>(Json))!["id"]!.GetValue<long>());
        }
        await PostOkAsync(w.Admin, $"/api/ratings/{ids[3]}/void", new JsonObject { ["reason"] = "恶意评价，经申诉复核作废" }); // one 满意 voided
        var w1 = await w.AcceptedAsync(wanzhouClerk);
        await w.ApproveAsync(w1);
        (await RatingSteps.RecordAsync(wanzhouClerk, w1.Id, "Hotline12345", "Dissatisfied")).StatusCode.ShouldBe(HttpStatusCode.Created);
        w.At(4, 1);
        var april = await w.FinishedAsync();
        (await RatingSteps.RecordAsync(w.Clerk, april.Id, "WindowPad", "Dissatisfied")).StatusCode.ShouldBe(HttpStatusCode.Created);

        // Admin, March: counted 7 (8 given, 1 voided): 非常满意 2, 满意 1, 基本满意 1, 不满意 2 (Y + W), 非常不满意 1.
        var all = (await GetJsonAsync(w.Admin, $"/api/reports/ratings?{March}"))["figures"]!;
        Levels(all).ShouldBe([("非常满意", 2), ("满意", 1), ("基本满意", 1), ("不满意", 2), ("非常不满意", 1)]);
        (Int(all, "rated"), Int(all, "satisfied"), Num(all, "satisfactionShare"), Int(all, "poor"), Num(all, "poorShare"), Int(all, "appeals"))
            .ShouldBe((7, 3, 0.4286, 3, 0.4286, 1)); // 3 ÷ 7 each

        // 渝中区: 6 counted; 满意率 3 ÷ 6, 差评率 2 ÷ 6.
        var mine = (await GetJsonAsync(yuzhong, $"/api/reports/ratings?{March}"))["figures"]!;
        (Int(mine, "rated"), Num(mine, "satisfactionShare"), Num(mine, "poorShare"), Int(mine, "appeals")).ShouldBe((6, 0.5, 0.3333, 1));
        // 万州区: its one 不满意.
        var theirs = (await GetJsonAsync(wanzhou, $"/api/reports/ratings?{March}"))["figures"]!;
        (Int(theirs, "rated"), Num(theirs, "satisfactionShare"), Num(theirs, "poorShare"), Int(theirs, "appeals")).ShouldBe((1, 0.0, 1.0, 0));
        // April alone, and a filter by window, narrow the same way.
        Int((await GetJsonAsync(w.Admin, "/api/reports/ratings?from=2026-04-01&to=2026-04-30"))["figures"]!, "rated").ShouldBe(1);
        Int((await GetJsonAsync(w.Admin, $"/api/reports/ratings?{March}&window=500101-W01"))["figures"]!, "rated").ShouldBe(1);
        var empty = (await GetJsonAsync(w.Admin, "/api/reports/ratings?from=2026-02-01&to=2026-02-28"))["figures"]!;
        (Int(empty, "rated"), empty["satisfactionShare"], empty["poorShare"]).ShouldBe((0, null, null));
        (await w.Clerk.GetAsync($"/api/reports/ratings?{March}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "reports are for supervisors and admins");

        var csv = Encoding.UTF8.GetString(await yuzhong.GetByteArrayAsync($"/api/reports/ratings/export?format=csv&{March}"));
        csv.ShouldContain("好差评统计");
        csv.ShouldContain("有效评价数,6");
        csv.ShouldContain("满意率（非常满意＋满意）,0.5");
        csv.ShouldContain("申诉复核作废数,1");
        using var xlsx = new MemoryStream(await wanzhou.GetByteArrayAsync($"/api/reports/ratings/export?format=xlsx&{March}"));
        var cells = xlsx.Query(useHeaderRow: true, sheetName: "报表").Cast<IDictionary<string, object>>()
            .Select(r => string.Join("|", r.Values.Select(v => Convert.ToString(v)))).ToList();
        cells.ShouldContain("有效评价数|1");
        cells.ShouldContain("差评率（不满意＋非常不满意）|1");
    }

    private static (string, int)[] Levels(JsonNode figures) =>
        figures["levels"]!.AsArray().Select(l => (Str(l!["label"]), l["count"]!.GetValue<int>())).ToArray();

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static double Num(JsonNode node, string name) => node[name]!.GetValue<double>();
}
