using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Documents;

/// <summary>Cases that between them produce every kind of document, through the HTTP API as a window and a department work them.</summary>
internal static class DocumentCases
{
    public const string IdNumber = "520102199001191234";

    public static readonly string[] AllKinds =
    [
        "AcceptanceNotice", "SupplementNotice", "NonAcceptanceDecision", "ApprovalDecision", "RejectionDecision", "ServiceRecord",
        "ClockStopNotice", "ExtensionNotice", "ArchivePackage",
    ];

    /// <summary>What each kind must say beyond the shared frame.</summary>
    public static readonly Dictionary<string, string[]> Expected = new()
    {
        ["AcceptanceNotice"] = ["承诺办结时限", "承诺办结日期", "法定办结日期", "按工作日计算", "行政许可法第四十五条"],
        ["SupplementNotice"] = ["需补正内容", "依据", "办事指南申请材料目录", "补正期限", "30日", "视为申请人撤回本次申请"],
        ["NonAcceptanceDecision"] = ["不予受理", "理由", "依据", "六十日内", "行政复议法", "六个月内", "行政诉讼法》第四十六条"],
        ["RejectionDecision"] = ["不予许可", "理由", "依据", "六十日内", "行政复议法", "六个月内", "行政诉讼法》第四十六条"],
        ["ApprovalDecision"] = ["许可结果", "依据", "审批意见", "符合换领条件"],
        ["ServiceRecord"] = ["送达文书", "送达方式", "受送达人", "送达时间", "文书文号"],
        ["ClockStopNotice"] = ["专家评审", "组织专家评审", "第四十五条"],
        ["ExtensionNotice"] = ["需实地核查", "延长后法定期限", "第四十二条"],
        ["ArchivePackage"] = ["卷内文书目录", "决定书", "送达回证", "办理结果"],
    };

    /// <summary>一次性告知, 补正, 受理, 暂停 and 恢复计算, 延长, 准予许可, 邮寄送达 and 签收, 归档.</summary>
    public static async Task<(long Id, string CaseNo)> ApprovedWithClockActsAsync(HttpClient clerk, HttpClient approver)
    {
        var (id, caseNo) = await CaseWorkflowTests.ToApprovalAsync(clerk);
        var started = await approver.PostAsJsonAsync($"/api/cases/{id}/excluded-periods", new { reason = "ExpertReview", note = "组织专家评审" }, Json);
        started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var period = (await started.Content.ReadFromJsonAsync<JsonObject>(Json))!;
        await PostOkAsync(approver, $"/api/cases/{id}/excluded-periods/{period["id"]}/end", null);
        var extended = await approver.PostAsJsonAsync($"/api/cases/{id}/extension", new JsonObject { ["reason"] = "需实地核查户籍信息" }, Json);
        extended.StatusCode.ShouldBe(HttpStatusCode.OK, await extended.Content.ReadAsStringAsync());
        await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "approval"), "approve", new JsonObject { ["opinion"] = "符合换领条件", ["basis"] = "《中华人民共和国居民身份证法》第十一条" });
        await CaseWorkflowTests.DeliverAsync(clerk, id);
        Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("Archived");
        return (id, caseNo);
    }

    /// <summary>受理 at the window, 不予许可 at home with its basis, the decision served, 归档.</summary>
    public static async Task<(long Id, string CaseNo)> RejectedAsync(HttpClient clerk, HttpClient approver)
    {
        var (id, caseNo) = await CaseWorkflowTests.ToApprovalAsync(clerk);
        await CompleteAsync(approver, await OpenTaskAsync(approver, caseNo, "approval"), "reject",
            new JsonObject { ["opinion"] = "申请人户籍信息与身份证登记信息不一致", ["basis"] = "《中华人民共和国居民身份证法》第八条" });
        Str((await GetCaseAsync(clerk, id))["status"]).ShouldBe("Archived");
        return (id, caseNo);
    }

    /// <summary>形式审查 fails a point: 不予受理 with its basis, served at once, 归档.</summary>
    public static async Task<(long Id, string CaseNo)> NotAcceptedAsync(HttpClient clerk)
    {
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var caseNo = Str(created["caseNo"]);
        await CompleteAsync(clerk, await OpenTaskAsync(clerk, caseNo, "review"), "reject",
            FirstPointFailed(IdCardReviewPoints, new JsonObject { ["reason"] = "申请人不属于换领情形", ["basis"] = "《中华人民共和国居民身份证法》第十一条" }));
        return (created["id"]!.GetValue<long>(), caseNo);
    }
}
