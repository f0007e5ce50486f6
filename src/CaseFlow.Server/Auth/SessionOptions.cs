namespace CaseFlow.Server.Auth;

/// <summary>Session checks (configuration <c>Auth:Sessions</c>).</summary>
public sealed class SessionOptions
{
    /// <summary>
    /// How long a process trusts its last answer for a session. A session ended by this process is dropped from its cache at
    /// once; one ended by another process (several servers on one database) stops working here within this time.
    /// </summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromSeconds(30);
}
