namespace CaseFlow.Domain.Org;

/// <summary>Who is acting: a signed-in user with their memberships (role in an org unit, with the unit's tree path).</summary>
public sealed record Actor(long UserId, string UserName, string DisplayName, IReadOnlyList<ActorMembership> Memberships)
{
    /// <summary>Colleagues whose tasks this user handles today (委托); their memberships are included above, marked with their id.</summary>
    public IReadOnlyList<(long UserId, string UserName)> ActingFor { get; init; } = [];

    public string? NameOf(long userId) => ActingFor.FirstOrDefault(a => a.UserId == userId).UserName;

    public bool IsAdmin => Memberships.Any(m => m.Role == Roles.Admin);

    public bool HasRole(string role) => Memberships.Any(m => m.Role == role);

    /// <summary>Holds <paramref name="role"/> in the unit at <paramref name="unitPath"/> or in one of its ancestors.</summary>
    public bool HasRoleOver(string role, string unitPath) => Memberships.Any(m => m.Role == role && unitPath.StartsWith(m.Path, StringComparison.Ordinal));

    /// <summary>Any membership at or above the unit (a party to it, or supervising its subtree).</summary>
    public bool Covers(string unitPath) => IsAdmin || Memberships.Any(m => unitPath.StartsWith(m.Path, StringComparison.Ordinal));
}

/// <summary>A role in an org unit (the unit's code is what the audit trail records); DelegatedByUserId marks one borrowed through 委托.</summary>
public sealed record ActorMembership(long OrgUnitId, string Path, string Role, string OrgUnitCode = "", long? DelegatedByUserId = null);
