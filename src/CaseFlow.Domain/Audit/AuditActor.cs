namespace CaseFlow.Domain.Audit;

/// <summary>Who makes a change, as the audit trail records it: the user and the org units they act for.</summary>
public sealed record AuditActorInfo(string UserName, IReadOnlyList<string> OrgUnitCodes)
{
    /// <summary>Background jobs, timers and the start-up import.</summary>
    public static readonly AuditActorInfo System = new("system", []);
}

/// <summary>
/// The acting user for the audit trail, injected into <see cref="AuditSaveHook"/> and asked once per audited save, before its
/// transaction (it may query). When none is registered, changes are recorded as <see cref="AuditActorInfo.System"/>.
/// </summary>
public interface IAuditActor
{
    ValueTask<AuditActorInfo> GetAsync(CancellationToken ct);
}
