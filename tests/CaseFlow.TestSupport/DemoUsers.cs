namespace CaseFlow.TestSupport;

/// <summary>A demo account from samples/users/demo-users.json (seeded in Development and in tests).</summary>
public sealed record DemoUser(string UserName, string Password);

public static class DemoUsers
{
    public static readonly DemoUser Admin = new("admin", "CaseFlow-admin-2026");
    public static readonly DemoUser Designer = new("designer", "CaseFlow-designer-2026");
    public static readonly DemoUser Clerk = new("clerk", "CaseFlow-clerk-2026");
    public static readonly DemoUser Clerk2 = new("clerk2", "CaseFlow-clerk2-2026");
    public static readonly DemoUser Approver = new("approver", "CaseFlow-approver-2026");
    public static readonly DemoUser Supervisor = new("supervisor", "CaseFlow-supervisor-2026");
}
