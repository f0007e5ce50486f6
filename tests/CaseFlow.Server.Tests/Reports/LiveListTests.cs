using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Reports;

/// <summary>
/// The live lists on Thu 2026-03-19, and who sees them: cases of 渝中区's window (Y…) and of 万州区's window (W…), decided in
/// Guizhou. Committed limit 10 working days: accepted 03-02 → due 03-16, 03-04 → 03-18, 03-06 → 03-20 (预警 from 03-19).
/// </summary>
public sealed class LiveListTests
{
    private const string YuzhongWindow = "500103-W01";
    private const string WanzhouWindow = "500101-W01";

    [Fact]
    public async Task Lists_show_warning_yellow_and_red_cards_and_a_district_supervisor_never_sees_another_districts_case_in_any_report_or_export()
    {
        await using var w = await ReportWorld.StartAsync();
        var wanzhouClerk = await w.UserAsync("wzclerk", (WanzhouWindow, "clerk"));
        var yuzhong = await w.UserAsync("yzsup", ("500103", "supervisor"));
        var wanzhou = await w.UserAsync("wzsup", ("500101", "supervisor"));

        w.At(3, 2);
        var y1 = await w.AcceptedAsync();
        var y4 = await w.AcceptedAsync();
        var w1 = await w.AcceptedAsync(wanzhouClerk);
        var w2 = await w.AcceptedAsync(wanzhouClerk);
        w.At(3, 4);
        var y3 = await w.AcceptedAsync();
        w.At(3, 6);
        var y2 = await w.AcceptedAsync();
        var w3 = await w.AcceptedAsync(wanzhouClerk);
        await w.ApproveAsync(y4);
        await w.ApproveAsync(w2);
        w.At(3, 17);
        await w.SweepAsync(); // Y1, W1 overdue: supervision orders due 03-18
        w.At(3, 19);
        await w.SweepAsync(); // Y3 overdue (order due 03-20); Y1's and W1's orders are past due: 红牌; Y2, W3 预警

        var admin = w.Admin;
        var overdue = await GetJsonAsync(admin, "/api/reports/overdue");
        Nos(overdue).ShouldBe([y1.No, w1.No, y3.No], "most overdue first");
        var red = Row(overdue, y1.No);
        (Str(red["card"]), Str(red["cardName"]), Int(red, "workingDaysOver"), Int(red, "workingDaysLeft")).ShouldBe(("Red", "红牌", 3, 0));
        Str(red["deadlineDate"]).ShouldBe("2026-03-16");
        Str(red["step"]).ShouldBe("审批决定");
        Str(red["assignee"]).ShouldBe("approver", "unclaimed: the role that holds it");
        Str(red["applicantPhone"]).ShouldBe("138****8000");
        var yellow = Row(overdue, y3.No);
        (Str(yellow["cardName"]), Int(yellow, "workingDaysOver"), Str(yellow["deadlineDate"])).ShouldBe(("黄牌", 1, "2026-03-18"));

        var nearDue = await GetJsonAsync(admin, "/api/reports/near-due");
        Nos(nearDue).ShouldBe([y2.No, w3.No]);
        (Str(Row(nearDue, y2.No)["cardName"]), Int(Row(nearDue, y2.No), "workingDaysLeft"), Int(Row(nearDue, y2.No), "workingDaysOver")).ShouldBe(("预警", 1, 0));

        var orders = await GetJsonAsync(admin, "/api/reports/supervision-orders");
        Nos(orders).ShouldBe([y1.No, w1.No, y3.No]);
        Str(Row(orders, y1.No)["cardName"]).ShouldBe("红牌");
        Str(Row(orders, y3.No)["cardName"]).ShouldBe("黄牌");
        Str(Row(orders, y1.No)["step"]).ShouldStartWith("督办：");

        var stalled = await GetJsonAsync(admin, "/api/reports/stalled");
        Nos(stalled).Order().ShouldBe(new[] { y1.No, y2.No, y3.No, w1.No, w3.No }.Order(), "no step for 2 working days on any open case");

        // The district supervisors: each sees exactly their window's cases, in every list, figure and export.
        (string[] Mine, string[] Theirs, string Window, string OtherWindow)[] sides =
        [
            ([y1.No, y2.No, y3.No, y4.No], [w1.No, w2.No, w3.No], YuzhongWindow, WanzhouWindow),
            ([w1.No, w2.No, w3.No], [y1.No, y2.No, y3.No, y4.No], WanzhouWindow, YuzhongWindow),
        ];
        // Both live and from the daily summaries of the days before today (decision 34): the same answers, the same scope.
        foreach (var summarised in new[] { false, true })
        {
            if (summarised) (await w.SummariseRateDaysAsync()).ShouldBeGreaterThan(0);
            foreach (var (client, (mine, theirs, window, otherWindow)) in new[] { yuzhong, wanzhou }.Zip(sides))
            {
                // 时效考核: their window's reviews (one per case) and the one approval decided in Guizhou, nothing of the other window.
                var departments = (await GetJsonAsync(client, "/api/reports/timeliness/departments?from=2026-03-01&to=2026-03-31"))["rows"]!.AsArray();
                departments.Select(r => (Str(r!["key"]), Int(r, "done"))).OrderBy(r => r.Item1).ShouldBe([(window, mine.Length), ("520102-RS", 1)]);
                var people = (await GetJsonAsync(client, "/api/reports/timeliness/people?from=2026-03-01&to=2026-03-31"))["rows"]!.AsArray();
                people.Sum(r => Int(r!, "done")).ShouldBe(mine.Length + 1);
                var timelinessFile = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/reports/timeliness-departments/export?format=csv&from=2026-03-01&to=2026-03-31"));
                timelinessFile.ShouldContain(window);
                timelinessFile.ShouldNotContain(otherWindow);
                foreach (var list in new[] { "overdue", "near-due", "stalled", "supervision-orders" })
                {
                    var rows = Nos(await GetJsonAsync(client, $"/api/reports/{list}"));
                    rows.ShouldNotBeEmpty(list);
                    rows.ShouldAllBe(no => mine.Contains(no), list);
                    rows.ShouldBe(Nos(await GetJsonAsync(admin, $"/api/reports/{list}")).Where(mine.Contains).ToArray(), list);
                }
                var totals = (await GetJsonAsync(client, "/api/reports/rates?from=2026-03-01&to=2026-03-31"))["totals"]!;
                (Int(totals, "received"), Int(totals, "finished")).ShouldBe((mine.Length, 1));
                var daily = (await GetJsonAsync(client, "/api/reports/rates/daily?from=2026-03-01&to=2026-03-31"))["points"]!.AsArray();
                daily.Sum(p => Int(p!["figures"]!, "received")).ShouldBe(mine.Length);
                foreach (var by in new[] { "department", "item", "region" })
                    (await GetJsonAsync(client, $"/api/reports/rates/by/{by}?from=2026-03-01&to=2026-03-31"))["points"]!.AsArray()
                        .Sum(p => Int(p!["figures"]!, "received")).ShouldBe(mine.Length, by);
                foreach (var report in new[] { "overdue", "near-due", "stalled", "supervision-orders", "rates", "daily", "by-department", "by-item", "by-region", "timeliness-departments", "timeliness-people" })
                foreach (var format in new[] { "csv", "xlsx" })
                {
                    var file = await client.GetByteArrayAsync($"/api/reports/{report}/export?format={format}&from=2026-03-01&to=2026-03-31");
                    var text = format == "csv" ? Encoding.UTF8.GetString(file) : string.Join("\n", Cells(file, "报表"));
                    foreach (var no in theirs) text.ShouldNotContain(no, customMessage: $"{report}.{format}");
                }
            }
        }

        // The region filter narrows an admin's view to the same cases.
        Nos(await GetJsonAsync(admin, "/api/reports/overdue?region=500101")).ShouldBe([w1.No]);
        Nos(await GetJsonAsync(admin, $"/api/reports/overdue?window={YuzhongWindow}")).ShouldBe([y1.No, y3.No]);
    }

    [Fact]
    public async Task Exports_are_real_workbooks_and_csv_files_with_chinese_headers_the_filters_the_time_and_masked_phones()
    {
        await using var w = await ReportWorld.StartAsync();
        var late = await w.AcceptedAsync();
        w.At(3, 17);
        await w.SweepAsync();

        var xlsx = await w.Admin.GetAsync($"/api/reports/overdue/export?format=xlsx&region=500103");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = book.Query(useHeaderRow: true, sheetName: "报表").Cast<IDictionary<string, object>>().ToList();
        var row = rows.ShouldHaveSingleItem();
        row.Keys.ShouldBe(["办件编号", "事项名称", "事项编码", "当前环节", "经办人", "部门", "期限", "剩余工作日", "超期工作日", "监察等级", "申请人电话", "停滞起始"]);
        row["办件编号"].ShouldBe(late.No);
        row["期限"].ShouldBe("2026-03-16");
        Convert.ToInt32(row["超期工作日"]).ShouldBe(1);
        row["监察等级"].ShouldBe("黄牌");
        row["申请人电话"].ShouldBe("138****8000");
        book.Position = 0;
        var about = book.Query(useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["项目"], r => (string)r["内容"]);
        about["报表"].ShouldBe("超期办件");
        about["区域"].ShouldBe("500103");
        about["统计区间"].ShouldBe("2026-03-01 至 2026-03-17（北京时间）");
        about["生成时间"].ShouldBe("2026-03-17 10:00:00（北京时间）");
        about["生成人"].ShouldBe("系统管理员");

        var csv = await w.Admin.GetByteArrayAsync("/api/reports/rates/export?format=csv&from=2026-03-01&to=2026-03-17");
        csv.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        lines[0].ShouldBe("报表,办件效能指标");
        lines[1].ShouldBe("统计区间,2026-03-01 至 2026-03-17（北京时间）");
        lines.ShouldContain("指标,数值");
        lines.ShouldContain("收件数,1");
        lines.ShouldContain("办结数,0");
        lines.ShouldContain("承诺时限内办结率,");
    }

    private static string[] Nos(JsonObject list) => list["items"]!.AsArray().Select(r => Str(r!["caseNo"])).ToArray();

    private static JsonNode Row(JsonObject list, string caseNo) => list["items"]!.AsArray().Single(r => Str(r!["caseNo"]) == caseNo)!;

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static IEnumerable<string> Cells(byte[] workbook, string sheet)
    {
        using var stream = new MemoryStream(workbook);
        return stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>()
            .SelectMany(r => r.Values.Select(v => Convert.ToString(v) ?? "")).ToList();
    }
}
