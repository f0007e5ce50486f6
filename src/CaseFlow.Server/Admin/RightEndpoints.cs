using CaseFlow.Domain.Common;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Rights;
using CaseFlow.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Server.Admin;

/// <summary>
/// One grant of a window right. <c>implementationCode</c> (one item) or <c>category</c> (an item category) or neither (every
/// item); <c>validTo</c> inclusive, null for open-ended; <c>inForceToday</c> by the China date.
/// </summary>
public sealed record RightDto(long Id, string Window, string WindowName, WindowRightKind Right, string RightName, string? ImplementationCode, string? Category,
    DateOnly ValidFrom, DateOnly? ValidTo, string GrantedBy, DateTime GrantedAtUtc, DateTime? RevokedAtUtc, string? RevokedBy, bool InForceToday);

/// <summary>窗口权限 (异地收件权, 形式审查权, 原件核验权, 一次性告知权, 审批结果送达权) per item or category with a validity period; administrators only.</summary>
public static class RightEndpoints
{
    public static RouteGroupBuilder MapRightEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/rights").WithTags("Admin").RequireAuthorization();
        group.MapGet("/", List)
            .WithName("ListWindowRights")
            .WithSummary("查看窗口权限");
        group.MapPost("/", Grant)
            .WithName("GrantWindowRight")
            .WithSummary("授予窗口权限");
        group.MapPost("/{id:long}/revoke", Revoke)
            .WithName("RevokeWindowRight")
            .WithSummary("撤销窗口权限");
        return group;
    }

    /// <summary>Grants on record (revoked ones included), for one window when <paramref name="window"/> is given.</summary>
    public static async Task<Ok<List<RightDto>>> List(WindowRights rights, ActorAccessor actors, DomainClock clock, CancellationToken ct, string? window = null)
    {
        await actors.RequireAdminAsync(UserAdminEndpoints.AdminsOnly, ct);
        var today = clock.TodayInChina;
        return TypedResults.Ok((await rights.ListAsync(window, ct)).Select(x => ToDto(x.Grant, x.Window, today)).ToList());
    }

    /// <summary>Grants a right: <c>{window, right, implementationCode?, category?, validFrom, validTo?}</c>, dates yyyy-MM-dd.</summary>
    public static async Task<Created<RightDto>> Grant(RightGrantInput request, WindowRights rights, ActorAccessor actors, DomainClock clock, CancellationToken ct)
    {
        var actor = await actors.RequireAdminAsync(UserAdminEndpoints.AdminsOnly, ct);
        var (grant, window) = await rights.GrantAsync(request, actor.UserName, ct);
        return TypedResults.Created($"/api/admin/rights?window={Uri.EscapeDataString(window.Code)}", ToDto(grant, window, clock.TodayInChina));
    }

    /// <summary>Ends a grant now (it stays on record); a second revocation is a conflict.</summary>
    public static async Task<Ok<RightDto>> Revoke(long id, WindowRights rights, ActorAccessor actors, DomainClock clock, CancellationToken ct)
    {
        var actor = await actors.RequireAdminAsync(UserAdminEndpoints.AdminsOnly, ct);
        var (grant, window) = await rights.RevokeAsync(id, actor.UserName, ct);
        return TypedResults.Ok(ToDto(grant, window, clock.TodayInChina));
    }

    private static RightDto ToDto(WindowRight g, OrgUnit window, DateOnly today) => new(g.Id, window.Code, window.Name, g.Right, WindowRight.Describe(g.Right),
        g.ImplementationCode, g.Category, g.ValidFrom, g.ValidTo, g.GrantedBy, g.GrantedAtUtc, g.RevokedAtUtc, g.RevokedBy, g.IsValidOn(today));
}
