namespace CaseFlow.Server.Auth;

/// <summary>Login throttling (configuration <c>Auth:Throttle</c>; defaults in the README's Configuration section).</summary>
public sealed class LoginThrottleOptions
{
    /// <summary>Failed sign-ins in a row after which a user name is locked.</summary>
    public int AccountFailures { get; set; } = 5;

    /// <summary>The first lock; each further failure doubles it, up to <see cref="AccountLockMax"/>.</summary>
    public TimeSpan AccountLock { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan AccountLockMax { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins one client address may make per <see cref="AddressWindow"/>.</summary>
    public int AddressFailures { get; set; } = 30;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(10);
}
