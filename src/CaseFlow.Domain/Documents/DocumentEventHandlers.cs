using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Events;
using CaseFlow.Domain.Notifications;

namespace CaseFlow.Domain.Documents;

// Documents that follow from what happened to a case (domain events → documents, README "Documents"); registered after the
// clock handlers, so a notice quotes the due dates the clocks were just given.

/// <summary>受理通知书: the committed and statutory limits, how they are counted and the due dates (受理 or 视为受理).</summary>
public sealed class IssueAcceptanceNoticeWhenAccepted(CaseFlowDbContext db, ClockBook book) : IDomainEventHandler
{
    public bool Handles(IDomainEvent domainEvent) => domainEvent is CaseAccepted or CaseDeemedAccepted;

    public async Task HandleAsync(IDomainEvent domainEvent, CancellationToken ct)
    {
        var (@case, deemed) = domainEvent switch
        {
            CaseAccepted a => (a.Case, false),
            CaseDeemedAccepted d => (d.Case, true),
            _ => throw new ArgumentOutOfRangeException(nameof(domainEvent)),
        };
        var item = ClockBook.Item(@case);
        var clocks = await book.ClocksAsync(@case, ct);
        string Due(ClockKind kind) => clocks.FirstOrDefault(c => c.Kind == kind && c.IsRunning) is { } clock
            ? NotificationTexts.Deadline(clock.DueDate, clock.DueAtUtc, book.Calendar.Hours.Zone) : "—";
        var byWindow = item.AcceptedBy == AcceptingSide.Window || @case.HomeDepartmentId is null;
        var limit = item.CommittedLimit;
        DocumentIssuing.Issue(db, @case, book.Now, DocumentKind.AcceptanceNotice, "受理通知书", new JsonObject
        {
            ["acceptedBy"] = deemed ? "视为受理" : byWindow ? "综合窗口" : "属地部门",
            ["acceptedAt"] = (@case.AcceptedAtUtc ?? book.Now).ToString("O"),
            ["committedLimit"] = new JsonObject { ["value"] = limit.Value, ["unit"] = limit.Unit.ToString(), ["text"] = limit.Describe() },
            ["statutoryLimit"] = new JsonObject { ["value"] = item.StatutoryLimit.Value, ["unit"] = item.StatutoryLimit.Unit.ToString(), ["text"] = item.StatutoryLimit.Describe() },
            ["committedDue"] = Due(ClockKind.Committed),
            ["statutoryDue"] = Due(ClockKind.Statutory),
            ["counting"] = Counting(limit.Unit),
            ["text"] = deemed
                ? $"您申请的“{item.Name}”在形式审查期限内未获处理，依照《中华人民共和国行政许可法》第三十二条，自材料齐全之日起视为受理，承诺办结时限为{limit.Describe()}。"
                : $"您申请的“{item.Name}”材料齐全、符合法定形式，决定予以受理，承诺办结时限为{limit.Describe()}（自受理之日的次一工作日起算）。",
        }, deemed ? "system" : @case.AcceptedBy ?? "system", byWindow ? @case.IntakeWindowId : @case.HomeDepartmentId!.Value);
    }

    public static string Counting(LimitUnit unit) => (unit switch
    {
        LimitUnit.Days => "按自然日计算，期限届满日为法定节假日的，顺延至节假日后的第一个工作日（民法典第二百零三条）",
        LimitUnit.WorkingHours => "按工作时间计算（工作日的办公时间内）",
        _ => "按工作日计算，自受理之日的次一工作日起算，法定节假日和休息日不计入，调休上班日计入（行政许可法第八十二条）",
    }) + "；依法需要听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审的时间及补正材料的时间不计算在内（行政许可法第四十五条）。";
}
