using System.Globalization;
using System.Text.Json.Nodes;

namespace CaseFlow.Domain.Notifications;

/// <summary>The Chinese texts of notifications: each names the case number, the step and the deadline.</summary>
public static class NotificationTexts
{
    public const string TaskWarning = "task-warning";
    public const string TaskOverdue = "task-overdue";
    public const string CaseWarning = "case-warning";
    public const string CaseOverdue = "case-overdue";
    public const string OverdueReminder = "overdue-reminder";
    public const string SupervisionOrder = "supervision-order";
    public const string Stalled = "stalled";
    public const string ExclusionStarted = "exclusion-started";
    public const string ExclusionEnded = "exclusion-ended";
    public const string Extended = "extended";
    public const string DeemedAccepted = "deemed-accepted";
    public const string Urged = "urged";
    public const string RatingCode = "rating-code";
    public const string RatingInvitation = "rating-invitation";
    public const string DailyReport = "daily-report";

    public static string Render(string template, JsonObject p)
    {
        string V(string key) => p[key]?.ToString() ?? "";
        return template switch
        {
            TaskWarning => $"【预警】办件 {V("caseNo")}（{V("itemName")}）的“{V("step")}”环节将于 {V("deadline")} 到期，请及时办理。",
            TaskOverdue => $"【超期】办件 {V("caseNo")}（{V("itemName")}）的“{V("step")}”环节已于 {V("deadline")} 超期，请立即办理。",
            CaseWarning => $"【预警】办件 {V("caseNo")}（{V("itemName")}）的{V("clock")}将于 {V("deadline")} 届满，当前环节：{V("step")}。",
            CaseOverdue => $"【超期】办件 {V("caseNo")}（{V("itemName")}）已超过{V("clock")}（{V("deadline")}），当前环节：{V("step")}。",
            OverdueReminder => $"【超期催办·第{V("sequence")}次】办件 {V("caseNo")}（{V("itemName")}）的“{V("step")}”环节已于 {V("deadline")} 超期，请立即办理。",
            SupervisionOrder => $"【督办】办件 {V("caseNo")}（{V("itemName")}）的“{V("step")}”环节超期，已下达督办单，请于 {V("deadline")} 前办结并反馈。",
            Stalled => $"【停滞】办件 {V("caseNo")}（{V("itemName")}）自 {V("since")} 起无办理进展，当前环节：{V("step")}。",
            ExclusionStarted => $"您的办件 {V("caseNo")}（{V("itemName")}）需要{V("reason")}，自 {V("from")} 起所需时间不计入办理时限。{V("note")}",
            ExclusionEnded => $"您的办件 {V("caseNo")}（{V("itemName")}）的{V("reason")}已于 {V("to")} 结束，办理时限顺延，承诺办结日期为 {V("deadline")}。",
            Extended => $"您的办件 {V("caseNo")}（{V("itemName")}）经批准延长办理期限 {V("extension")}，理由：{V("reason")}；法定办结期限延至 {V("deadline")}。",
            Urged => $"【催办】{V("by")}催办办件 {V("caseNo")}（{V("itemName")}）的“{V("step")}”环节：{V("message")}",
            DailyReport => $"【每日报表】{V("unit")} {V("date")}：收件 {V("received")} 件，办结 {V("finished")} 件，承诺时限内办结率 {V("committedRate")}，即办件占比 {V("immediateShare")}，人均跑动 {V("tripsPerCase")} 次；{V("live")}",
            DeemedAccepted => $"您的办件 {V("caseNo")}（{V("itemName")}）自 {V("acceptedOn")} 起视为受理（《行政许可法》第三十二条），承诺办结日期为 {V("deadline")}。",
            RatingCode => $"您正在评价办件 {V("caseNo")}（{V("itemName")}），验证码 {V("code")}，{V("minutes")} 分钟内有效，请勿告知他人。",
            RatingInvitation => $"您的办件 {V("caseNo")}（{V("itemName")}）已办结，欢迎凭办件编号和手机号对本次服务进行“好差评”。",
            _ => throw new ArgumentOutOfRangeException(nameof(template), template, "Unknown notification template."),
        };
    }

    /// <summary>The text as staff see it listed: a 好差评 code is the applicant's proof, so it shows as ******.</summary>
    public static string Listed(OutboxMessage message)
    {
        if (message.Template != RatingCode || JsonNode.Parse(message.PayloadJson) is not JsonObject payload) return message.Text;
        payload["code"] = "******";
        return Render(RatingCode, payload);
    }

    /// <summary>A due date reads as a date (finishing any time that day is on time); an hour deadline as date and time.</summary>
    public static string Deadline(DateOnly? dueDate, DateTime dueAtUtc, TimeZoneInfo zone) => dueDate is { } date
        ? date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
        : TimeZoneInfo.ConvertTimeFromUtc(dueAtUtc, zone).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
