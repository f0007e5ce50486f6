using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Tasks;

/// <summary>委托: while away, a user's tasks go to a named colleague for a set period (China dates, inclusive).</summary>
public sealed class Delegation : Audit.IAuditedEntity
{
    /// <summary>Who may act for whom is part of the rights stream.</summary>
    string Audit.IAuditedEntity.AuditStream => Audit.AuditStreams.Rights;

    public long Id { get; set; }
    public long FromUserId { get; set; }
    public long ToUserId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string Reason { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; private set; }

    public bool IsActiveOn(DateOnly day) => RevokedAtUtc is null && From <= day && day <= To;

    public void Revoke(DateTime now)
    {
        if (RevokedAtUtc is not null) throw new DomainConflictException($"Delegation {Id} was already revoked.");
        RevokedAtUtc = now;
    }
}
