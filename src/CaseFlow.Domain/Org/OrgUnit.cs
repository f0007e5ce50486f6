namespace CaseFlow.Domain.Org;

/// <summary>A node of the org tree: a region (province → … → community), or a department or window hanging on one.</summary>
public sealed class OrgUnit
{
    public long Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public OrgUnitKind Kind { get; set; }
    public long? ParentId { get; set; }
    /// <summary>Materialised ancestry, "/500000/500103/…/", for subtree queries.</summary>
    public string Path { get; set; } = "/";
    /// <summary>For departments: the kind of items they decide (公安, 民政, …).</summary>
    public string? Category { get; set; }

    /// <summary>The paths of a unit and of all its ancestors: "/1/5/12/" → "/1/", "/1/5/", "/1/5/12/".</summary>
    public static List<string> PathsUpTo(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(1, segments.Length).Select(n => "/" + string.Join('/', segments.Take(n)) + "/").ToList();
    }

    public bool IsRegion => Kind is OrgUnitKind.Province or OrgUnitKind.City or OrgUnitKind.District or OrgUnitKind.Town or OrgUnitKind.Community;
}

public enum OrgUnitKind { Province, City, District, Town, Community, Department, Window }

public sealed class User
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public bool IsActive { get; private set; } = true;
    public List<Membership> Memberships { get; set; } = [];

    /// <summary>Ends sign-in and every request of the account (its memberships stay on record); tasks it claimed stay claimed.</summary>
    public void Deactivate()
    {
        if (!IsActive) throw new Common.DomainConflictException($"User {UserName} is already deactivated.");
        IsActive = false;
    }
}

/// <summary>A user holds a role in an org unit (docs/decisions.md, decision 2), not a global role.</summary>
public sealed class Membership
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public User? User { get; set; }
    public long OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public string Role { get; set; } = "";
}

public static class Roles
{
    public const string Admin = "admin";
    public const string Designer = "designer";
    public const string Clerk = "clerk";
    public const string Approver = "approver";
    public const string Supervisor = "supervisor";

    public static readonly string[] All = [Admin, Designer, Clerk, Approver, Supervisor];
}
