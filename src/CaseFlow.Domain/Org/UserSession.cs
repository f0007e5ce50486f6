namespace CaseFlow.Domain.Org;

/// <summary>
/// One sign-in: its id travels in the bearer token or the cookie, and every request checks that it is still live. It ends
/// at sign-out, or for all of a user's sessions when the account is deactivated or its memberships or password change
/// (README, "Security"). Times are the system clock's, as for all of authentication (docs/decisions.md, decision 15).
/// </summary>
public sealed class UserSession
{
    private UserSession() { }

    public Guid Id { get; private set; }
    public long UserId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }
    /// <summary>Why it ended: one of <see cref="SessionEnd"/>.</summary>
    public string? EndReason { get; private set; }

    public bool IsLive => EndedAtUtc is null;

    public static UserSession Start(long userId, DateTime nowUtc) => new() { Id = Guid.CreateVersion7(), UserId = userId, CreatedAtUtc = nowUtc };

    /// <summary>Ends the session; ending one already ended keeps its first end.</summary>
    public void End(DateTime nowUtc, string reason)
    {
        if (!IsLive) return;
        EndedAtUtc = nowUtc;
        EndReason = reason;
    }
}

/// <summary>Why a session ended.</summary>
public static class SessionEnd
{
    public const string SignedOut = "signed-out";
    public const string Deactivated = "deactivated";
    public const string MembershipsChanged = "memberships-changed";
    public const string PasswordChanged = "password-changed";
}
