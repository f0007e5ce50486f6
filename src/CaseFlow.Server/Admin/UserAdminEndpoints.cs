using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace CaseFlow.Server.Admin;

public sealed record UserMembershipDto(string OrgUnit, string OrgUnitName, OrgUnitKind OrgUnitKind, string Role);

public sealed record UserDto(string UserName, string DisplayName, bool IsActive, IReadOnlyList<UserMembershipDto> Memberships);

public sealed record SetMembershipsRequest(List<MembershipInput>? Memberships);

public sealed record SetPasswordRequest(string? Password);

/// <summary>Accounts and their memberships (role in an org unit, docs/decisions.md, decision 2); administrators only. No public registration.</summary>
public static class UserAdminEndpoints
{
    public static RouteGroupBuilder MapUserAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/users").WithTags("Admin").RequireAuthorization();
        group.MapGet("/", List)
            .WithName("ListUsers")
            .WithSummary("查看用户");
        group.MapPost("/", Create)
            .WithName("CreateUser")
            .WithSummary("新增用户");
        group.MapPut("/{userName}/memberships", SetMemberships)
            .WithName("SetUserMemberships")
            .WithSummary("设置用户岗位");
        group.MapPut("/{userName}/password", SetPassword)
            .WithName("SetUserPassword")
            .WithSummary("重置用户密码");
        group.MapPost("/{userName}/deactivate", Deactivate)
            .WithName("DeactivateUser")
            .WithSummary("停用用户");
        return group;
    }

    public static async Task<Ok<List<UserDto>>> List(UserDirectory users, ActorAccessor actors, CancellationToken ct)
    {
        await actors.RequireAdminAsync(AdminsOnly, ct);
        return TypedResults.Ok((await users.ListAsync(ct)).Select(ToDto).ToList());
    }

    /// <summary>Creates an account: <c>{userName, displayName, password (≥ 12 characters), memberships: [{orgUnit, role}]}</c>.</summary>
    public static async Task<Created<UserDto>> Create(NewUser request, UserDirectory users, IPasswordHasher<User> hasher, ActorAccessor actors, CancellationToken ct)
    {
        await actors.RequireAdminAsync(AdminsOnly, ct);
        var user = await users.CreateAsync(request, hasher.HashPassword, ct);
        return TypedResults.Created($"/api/admin/users/{Uri.EscapeDataString(user.UserName)}", ToDto(user));
    }

    /// <summary>Replaces the memberships; claimed tasks the user can no longer act on go back to their queues; the user's sessions end (sign in again).</summary>
    public static async Task<Ok<UserDto>> SetMemberships(string userName, SetMembershipsRequest request, UserDirectory users, ActorAccessor actors,
        SessionRegistry sessions, CancellationToken ct)
    {
        var actor = await actors.RequireAdminAsync(AdminsOnly, ct);
        var user = await users.SetMembershipsAsync(userName, request.Memberships, actor, ct);
        sessions.Forget(user, SessionEnd.MembershipsChanged);
        return TypedResults.Ok(ToDto(user));
    }

    /// <summary>Sets a new password (at least 12 characters); every session of the user ends.</summary>
    public static async Task<Ok<UserDto>> SetPassword(string userName, SetPasswordRequest request, UserDirectory users, IPasswordHasher<User> hasher,
        ActorAccessor actors, SessionRegistry sessions, CancellationToken ct)
    {
        await actors.RequireAdminAsync(AdminsOnly, ct);
        var user = await users.SetPasswordAsync(userName, request.Password, hasher.HashPassword, ct);
        sessions.Forget(user, SessionEnd.PasswordChanged);
        return TypedResults.Ok(ToDto(user));
    }

    /// <summary>Ends the account's sign-ins and requests at once (every session ends); its claimed tasks go back to their queues.</summary>
    public static async Task<Ok<UserDto>> Deactivate(string userName, UserDirectory users, ActorAccessor actors, SessionRegistry sessions, CancellationToken ct)
    {
        var actor = await actors.RequireAdminAsync(AdminsOnly, ct);
        var user = await users.DeactivateAsync(userName, actor, ct);
        sessions.Forget(user, SessionEnd.Deactivated);
        return TypedResults.Ok(ToDto(user));
    }

    private static UserDto ToDto(User u) => new(u.UserName, u.DisplayName, u.IsActive,
        u.Memberships.OrderBy(m => m.OrgUnit!.Path, StringComparer.Ordinal).ThenBy(m => m.Role)
            .Select(m => new UserMembershipDto(m.OrgUnit!.Code, m.OrgUnit.Name, m.OrgUnit.Kind, m.Role)).ToList());

    internal const string AdminsOnly = "Users, org units and window rights are managed by administrators (role admin).";
}
