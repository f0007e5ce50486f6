using System.Text.Json.Nodes;
using CaseFlow.TestSupport;

namespace CaseFlow.DemoYear;

/// <summary>What the generator makes of a case (README "Reports (效能监管)", the demo year): its course through the workflow.</summary>
public enum Fate
{
    Approved,      // 准予许可 within the limits
    Supplement1,   // 一次性告知, one round of 补正
    Supplement2,   // two rounds (the second on a material the first supplement brought in)
    NotAccepted,   // 不予受理 at the review
    Refused,       // 不予许可 at the approval
    ClockStop,     // an excluded period (专家评审, 现场核查 …) before the decision
    Extension,     // the one extension (art. 42), decided after the committed deadline
    Deemed,        // the review left over 5 working days: deemed accepted
    Late,          // decided after the committed deadline: red, a supervision order, urged
    Slow,          // decided on the committed deadline's day (yellow before)
    Abandoned,     // its approval never comes: open, overdue and stalled at the end
}

/// <summary>One sample item as the generator needs it: its file, review points, materials and limits.</summary>
internal sealed record SampleItem(string File, string Code, JsonNode Json, string[] ReviewPoints, int CommittedWorkingDays)
{
    public bool Immediate => CommittedWorkingDays == 0;

    public static SampleItem[] Load() => Directory.GetFiles(Path.Combine(RepoFiles.Root, "samples", "catalog"), "*.json").Order(StringComparer.Ordinal).Select(file =>
    {
        var json = JsonNode.Parse(System.IO.File.ReadAllText(file))!;
        var committed = json["committedLimit"]!;
        var value = committed["value"]!.GetValue<int>();
        // A day limit counted roughly as working days: only the generator's pacing depends on it.
        var workingDays = committed["unit"]!.GetValue<string>() == "days" ? Math.Max(1, value * 5 / 7) : value;
        return new SampleItem(Path.GetFileName(file), json["implementationCode"]!.GetValue<string>(), json,
            json["reviewPoints"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()).ToArray(), workingDays);
    }).ToArray();
}

/// <summary>The generator's book on one case: its fate and where it stands (the server holds the truth; this paces the acts).</summary>
internal sealed class CaseState
{
    public required long Id { get; init; }
    public required string No { get; init; }
    public required Fate Fate { get; init; }
    public required SampleItem Item { get; init; }
    public required Window Window { get; init; }
    public required string HomeRegion { get; init; }
    public required bool ByMail { get; init; }
    /// <summary>No act on the case's tasks before this day.</summary>
    public DateOnly ReadyOn { get; set; }
    public string? MissingMaterial { get; init; }
    public int Supplements { get; set; }
    public DateOnly? SupplementOn { get; set; }
    public DateOnly? DeliveryOn { get; set; }
    public long? StopId { get; set; }
    public bool StopEnded { get; set; }
    public bool Extended { get; set; }
    public bool Urged { get; set; }
    public bool Finished { get; set; }

    public int SupplementRounds => Fate switch { Fate.Supplement1 => 1, Fate.Supplement2 => 2, _ => 0 };
}

/// <summary>Applications: varied applicants, forms and materials for a sample item, deterministic from the generator's random source.</summary>
internal static class Applications
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "谭", "冉"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平"];
    private static readonly string[] Streets = ["民族路", "解放西路", "中山四路", "小龙坎正街", "遵义路", "花果园大街", "子尹路", "中华北路"];

    public static JsonObject Body(SampleItem item, Random rng, string homeRegion, string? missingMaterial, bool online, bool byMail)
    {
        var situations = item.Json["situations"]!.AsArray();
        var situation = situations[rng.Next(situations.Count)]!;
        var name = Surnames[rng.Next(Surnames.Length)] + GivenNames[rng.Next(GivenNames.Length)];
        var idNumber = IdNumber(rng, homeRegion);
        var phone = "13" + rng.Next(0, 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var address = $"{(homeRegion.StartsWith("50", StringComparison.Ordinal) ? "重庆市" : "贵州省")}{Streets[rng.Next(Streets.Length)]} {rng.Next(1, 300)} 号";
        var form = new JsonObject();
        foreach (var field in item.Json["formFields"]!.AsArray())
        {
            var fieldName = field!["name"]!.GetValue<string>();
            form[fieldName] = field["type"]!.GetValue<string>() switch
            {
                "region" => homeRegion,
                "select" => field["options"]![rng.Next(field["options"]!.AsArray().Count)]!.GetValue<string>(),
                "date" => "2025-01-06",
                "number" => rng.Next(1, 200).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ when fieldName.Contains("idNumber", StringComparison.OrdinalIgnoreCase) => fieldName.Equals("idNumber", StringComparison.OrdinalIgnoreCase) ? idNumber : IdNumber(rng, homeRegion),
                _ when fieldName.Contains("phone", StringComparison.OrdinalIgnoreCase) => phone,
                _ when fieldName.Contains("Name", StringComparison.Ordinal) => fieldName == "applicantName" ? name : Surnames[rng.Next(Surnames.Length)] + GivenNames[rng.Next(GivenNames.Length)],
                _ when fieldName.Contains("ddress", StringComparison.Ordinal) => address,
                _ => $"{fieldName}-{rng.Next(10000, 99999)}",
            };
        }
        var materials = situation["materials"]!.AsArray().Select(m => m!["code"]!.GetValue<string>()).Where(code => code != missingMaterial);
        var body = new JsonObject
        {
            ["itemCode"] = item.Code,
            ["situationCode"] = situation["code"]!.GetValue<string>(),
            ["applicant"] = new JsonObject { ["name"] = name, ["idNumber"] = idNumber, ["phone"] = phone, ["address"] = address },
            ["form"] = form,
            ["materials"] = new JsonArray(materials.Select(code => (JsonNode)new JsonObject { ["code"] = code }).ToArray()),
            ["deliveryMethod"] = byMail ? "mail" : "window",
            ["deliveryAddress"] = address,
        };
        if (online) body["channel"] = "online";
        return body;
    }

    /// <summary>The first required material of the situation the body names: the one a supplement case leaves out.</summary>
    public static string FirstRequired(SampleItem item)
    {
        var situations = item.Json["situations"]!.AsArray();
        return situations[0]!["materials"]!.AsArray().First(m => m!["required"]?.GetValue<bool>() != false)!["code"]!.GetValue<string>();
    }

    public static string[] DeliveryOptions(SampleItem item) => item.Json["deliveryOptions"]!.AsArray().Select(o => o!.GetValue<string>()).ToArray();

    /// <summary>A 公民身份号码 with a valid check digit (GB 11643): region, birth date, sequence.</summary>
    private static string IdNumber(Random rng, string region)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(rng.Next(0, 365 * 50));
        var body = region[..6] + birth.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + rng.Next(0, 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
