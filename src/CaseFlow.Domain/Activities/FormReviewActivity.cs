using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Documents;
using CaseFlow.Domain.Org;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>形式审查 at the intake window: pass, supplement (一次性告知, listing every missing material) or reject (不予受理, with basis).</summary>
public sealed class FormReviewActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = DescribeTask("FormReview", "形式审查", "The window checks the form and materials.", ["pass", "supplement", "reject"],
        PropDescriptor.Text("role", "办理角色"));

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        step.Case.EnterStatus(CaseStatus.InReview, step.Now);
        return ValueTask.FromResult(ActivityResult.Wait(HumanTaskActivity.TaskRequest(context.Node, "形式审查", context.PropString("role") ?? Roles.Clerk, "intakeWindow", Descriptor.Ports)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context, ResumeInput input)
    {
        var step = Step(context);
        var @case = step.Case;
        switch (input.Outcome)
        {
            case "pass":
            {
                CheckAgreement(ReviewChecklist.Read(input.Data?["checklist"], step.Item.ReviewPoints), "pass", Incomplete(@case, input));
                var missing = @case.Materials.Where(m => m.Required && m.State == MaterialState.Missing).Select(m => m.Name).ToList();
                if (missing.Count > 0)
                    throw new WorkflowInputException("outcome", $"Required materials are missing ({string.Join("、", missing)}): issue a one-time notice (supplement) instead of passing.");
                step.Event("review-passed", "形式审查通过");
                return ValueTask.FromResult(ActivityResult.Done("pass"));
            }
            case "supplement":
            {
                var checklist = ReviewChecklist.Read(input.Data?["checklist"], step.Item.ReviewPoints);
                CheckAgreement(checklist, "supplement", Incomplete(@case, input));
                var faulty = ReadMaterialCodes(input.Data?["faulty"]);
                var unknown = faulty.Where(code => @case.Materials.All(m => m.Code != code)).ToList();
                if (unknown.Count > 0) throw new WorkflowInputException("faulty", $"Unknown material code(s): {string.Join(", ", unknown)}.");
                var listed = @case.Materials.Where(m => (m.Required && m.State == MaterialState.Missing) || faulty.Contains(m.Code)).ToList();
                var points = checklist?.Where(p => p.Result == ReviewChecklist.Supplement).ToList() ?? [];
                if (listed.Count == 0 && points.Count == 0)
                    throw new WorkflowInputException("faulty", "A one-time notice must list at least one missing or faulty material or review point; none is given.");
                var round = @case.SupplementRounds + 1;
                if (round > 1)
                {
                    // 一次性告知 means everything at once: a later notice may only cover what a supplement newly brought in.
                    var late = listed.Where(m => m.NoticedInRound is null && m.IntroducedInRound is null or 0).Select(m => m.Name).ToList();
                    if (late.Count > 0)
                        throw new WorkflowInputException("faulty", $"一次性告知：{string.Join("、", late)} 在首次告知时已提交却未列入；再次告知只能针对补正新提交的材料。");
                }
                foreach (var material in listed)
                {
                    if (faulty.Contains(material.Code)) material.State = MaterialState.Missing;
                    material.NoticedInRound ??= round;
                }
                var items = listed.Select(m => (JsonNode)new JsonObject
                {
                    ["code"] = m.Code,
                    ["name"] = m.Name,
                    ["problem"] = faulty.Contains(m.Code) ? "材料不符合要求，需重新提交" : "未提交",
                    ["basis"] = MaterialBasis(step.Item, @case, m.Code),
                }).Concat(points.Select(p => (JsonNode)new JsonObject
                {
                    ["code"] = p.Code,
                    ["name"] = p.Text,
                    ["problem"] = p.Needed,
                    ["basis"] = string.IsNullOrWhiteSpace(p.Basis) ? step.Item.LegalBasis : p.Basis,
                })).ToArray();
                var allowed = step.Item.Timekeeping.SupplementLimit;
                var text = "您申请的事项材料不齐全或者不符合法定形式，现一次性告知需要补正的全部内容，请补正后重新提交。";
                var content = new JsonObject
                {
                    ["round"] = round,
                    ["materials"] = new JsonArray(items),
                    ["note"] = OptionalText(input, "note"),
                    ["text"] = text,
                    ["supplementLimit"] = allowed.Describe(),
                    ["consequence"] = $"请自收到本告知书之日起{allowed.Describe()}内补正全部内容；逾期未补正的，视为申请人撤回本次申请，已提交的材料予以退回。补正期间不计入办理时限。",
                };
                var notice = step.Document(DocumentKind.SupplementNotice, "一次性告知书", content, @case.IntakeWindowId);
                step.Event("supplement-notice", $"出具一次性告知书（第 {round} 次），需补正 {items.Length} 项", new JsonObject { ["documentSha256"] = notice.Sha256 });
                return ValueTask.FromResult(ActivityResult.Done("supplement"));
            }
            case "reject":
                CheckAgreement(ReviewChecklist.Read(input.Data?["checklist"], step.Item.ReviewPoints), "reject", Incomplete(@case, input));
                var basis = Basis(input, CaseOutcome.NotAccepted)!;
                var reason = OptionalText(input, "reason") ?? "申请事项不属于受理范围或不符合受理条件";
                @case.Decide(CaseOutcome.NotAccepted, basis, step.Now);
                step.Document(DocumentKind.NonAcceptanceDecision, "不予受理决定书", Decisions.Negative(reason, basis), @case.IntakeWindowId);
                step.Event("not-accepted", $"不予受理：{reason}（依据：{basis}）");
                return ValueTask.FromResult(ActivityResult.Done("reject"));
            default:
                throw new WorkflowInputException("outcome", "The outcome must be one of: pass, supplement, reject.");
        }
    }

    /// <summary>The outcome must follow from the checklist: a failed point rejects, a point needing 补正 asks for a supplement.</summary>
    private static void CheckAgreement(IReadOnlyList<ReviewChecklist.Point>? checklist, string outcome, bool materialsIncomplete)
    {
        if (checklist is null) return;
        var derived = ReviewChecklist.Outcome(checklist, materialsIncomplete);
        if (derived != outcome)
            throw new WorkflowInputException("checklist", $"The checklist leads to '{derived}', but the outcome is '{outcome}': they must agree.");
    }

    /// <summary>A material's basis: the guide's material list of the situation applied for, and the item's legal basis (设定依据).</summary>
    private static string MaterialBasis(ServiceItem item, Case @case, string code)
    {
        var situation = item.Situations.FirstOrDefault(s => s.Code == @case.SituationCode) ?? item.Situations.FirstOrDefault(s => s.Materials.Any(m => m.Code == code));
        var index = situation?.Materials.FindIndex(m => m.Code == code) ?? -1;
        var guide = situation is null || index < 0 ? $"《{item.Name}》办事指南申请材料目录" : $"《{item.Name}》办事指南申请材料目录（{situation.Name}）第{index + 1}项";
        return string.IsNullOrWhiteSpace(item.LegalBasis) ? guide : $"{guide}；{item.LegalBasis}";
    }

    private static bool Incomplete(Case @case, ResumeInput input) =>
        @case.Materials.Any(m => m.Required && m.State == MaterialState.Missing) || ReadMaterialCodes(input.Data?["faulty"]).Count > 0;

    private static List<string> ReadMaterialCodes(JsonNode? node) =>
        node is JsonArray array ? array.Select(x => x?.ToString()).Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!).ToList() : [];
}
