using System.Text.Json.Serialization;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Rights;

/// <summary>The rights a service window holds per service item (README "Who may see and do what"; Guizhou's windows grant them mutually).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WindowRightKind>))]
public enum WindowRightKind
{
    /// <summary>异地收件权: take an application in for an item decided elsewhere.</summary>
    RemoteIntake,
    /// <summary>形式审查权: review the form and materials (pass, notice, 不予受理).</summary>
    FormReview,
    /// <summary>原件核验权: check originals against copies.</summary>
    OriginalCheck,
    /// <summary>一次性告知权: issue the one-time notice of everything to supplement.</summary>
    OneTimeNotice,
    /// <summary>审批结果送达权: hand out or mail the result (就地出证, 邮寄送达).</summary>
    ResultDelivery,
}

/// <summary>
/// One grant of a right to a window: for one item (<see cref="ImplementationCode"/>), for an item category
/// (<see cref="Category"/> = <see cref="ServiceItem.HomeDepartmentCategory"/>), or for every item (both null),
/// valid from <see cref="ValidFrom"/> to <see cref="ValidTo"/> inclusive (China dates). Revoked, never deleted.
/// </summary>
public sealed class WindowRight : Audit.IAuditedEntity
{
    /// <summary>Grants and revocations are audited in the rights stream (全过程留痕).</summary>
    string Audit.IAuditedEntity.AuditStream => Audit.AuditStreams.Rights;

    public long Id { get; set; }
    /// <summary>The window (an org unit of kind Window).</summary>
    public long OrgUnitId { get; set; }
    public WindowRightKind Right { get; set; }
    public string? ImplementationCode { get; set; }
    public string? Category { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string GrantedBy { get; set; } = "";
    public DateTime GrantedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; private set; }
    public string? RevokedBy { get; private set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    /// <summary>In force on the China date <paramref name="day"/>: not revoked, and the day within the validity period.</summary>
    public bool IsValidOn(DateOnly day) => !IsRevoked && ValidFrom <= day && (ValidTo is null || day <= ValidTo.Value);

    /// <summary>Whether the grant's scope takes in the item: its own code, its category, or every item.</summary>
    public bool Covers(ServiceItem item) =>
        ImplementationCode is not null ? ImplementationCode == item.ImplementationCode : Category is null || Category == item.HomeDepartmentCategory;

    /// <summary>Same window, right, scope and period (revoked or not): what an import must not add twice.</summary>
    public bool SameGrantAs(WindowRight other) =>
        OrgUnitId == other.OrgUnitId && Right == other.Right && ImplementationCode == other.ImplementationCode && Category == other.Category
        && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo;

    /// <summary>Ends the grant now; it stays on record.</summary>
    public void Revoke(string by, DateTime now)
    {
        if (IsRevoked) throw new DomainConflictException($"Grant {Id} was already revoked on {RevokedAtUtc:yyyy-MM-dd} by {RevokedBy}.");
        RevokedAtUtc = now;
        RevokedBy = by;
    }

    /// <summary>The right's Chinese name (异地收件权 …).</summary>
    public static string Describe(WindowRightKind right) => right switch
    {
        WindowRightKind.RemoteIntake => "异地收件权",
        WindowRightKind.FormReview => "形式审查权",
        WindowRightKind.OriginalCheck => "原件核验权",
        WindowRightKind.OneTimeNotice => "一次性告知权",
        WindowRightKind.ResultDelivery => "审批结果送达权",
        _ => right.ToString(),
    };
}

/// <summary>A window lacks the right an act needs (403): carries the right, so the problem names it.</summary>
public sealed class MissingRightException(WindowRightKind right, string windowCode, string implementationCode, string message) : DomainForbiddenException(message)
{
    public WindowRightKind Right { get; } = right;
    public string WindowCode { get; } = windowCode;
    public string ImplementationCode { get; } = implementationCode;
}
