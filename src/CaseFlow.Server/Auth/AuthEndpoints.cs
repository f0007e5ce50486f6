using System.Security.Claims;
using CaseFlow.Domain;
using CaseFlow.Domain.Org;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Auth;

public sealed record LoginRequest(string UserName, string Password, bool UseCookies = false);

public sealed record MeResponse(string UserName, string DisplayName, IReadOnlyList<MembershipDto> Memberships);

public sealed record MembershipDto(string OrgUnitCode, string OrgUnitName, string Role);

/// <summary>Our own sign-in (no public registration): cookies for the web UI, bearer tokens for scripts and systems.</summary>
public static class AuthEndpoints
{
    public const string SmartScheme = "cookie-or-bearer";

    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", Login).AllowAnonymous()
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("SignIn")
            .WithSummary("登录");
        group.MapPost("/logout", Logout).RequireAuthorization()
            .WithName("SignOut")
            .WithSummary("退出登录");
        group.MapGet("/me", Me).RequireAuthorization()
            .WithName("GetCurrentUser")
            .WithSummary("查看当前用户及其岗位");
        group.MapGet("/csrf", Csrf).RequireAuthorization()
            .WithName("GetCsrfToken")
            .WithSummary("获取 CSRF 令牌");
        return group;
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(LoginRequest request, HttpContext http, CaseFlowDbContext db, IPasswordHasher<User> hasher, LoginThrottle throttle,
        SessionRegistry sessions, CancellationToken ct)
    {
        var userName = request.UserName ?? "";
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.Check(userName, address) is { } refusal)
        {
            http.Response.Headers.RetryAfter = refusal.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(title: "Too many failed sign-ins.", detail: refusal.Detail, statusCode: 429, type: "urn:caseflow:problem:too-many-attempts");
        }
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName && u.IsActive, ct);
        // An unknown user costs a hash check too, so the answer's timing does not tell whether the user exists.
        var verified = user is null
            ? RefuseAfterDummyCheck(hasher, request.Password)
            : !string.IsNullOrEmpty(request.Password) && hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password) != PasswordVerificationResult.Failed;
        if (!verified || user is null)
        {
            throttle.Failed(userName, address);
            return TypedResults.Problem(title: "Wrong user name or password.", statusCode: 401, type: "urn:caseflow:problem:sign-in");
        }
        throttle.Succeeded(userName);
        // The token or cookie carries its session's id: ending the session (sign-out, deactivation …) ends the token.
        var session = await sessions.StartAsync(user, db, ct);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Name, user.UserName), new Claim(SessionRegistry.ClaimType, session.Id.ToString())],
            request.UseCookies ? CookieAuthenticationDefaults.AuthenticationScheme : BearerTokenDefaults.AuthenticationScheme);
        return TypedResults.SignIn(new ClaimsPrincipal(identity), authenticationScheme: identity.AuthenticationType);
    }

    private static readonly User DummyUser = new() { UserName = "-" };

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(DummyUser, Guid.NewGuid().ToString()));

    private static bool RefuseAfterDummyCheck(IPasswordHasher<User> hasher, string? password)
    {
        hasher.VerifyHashedPassword(DummyUser, DummyHash.Value, password ?? "");
        return false;
    }

    /// <summary>Ends the session of this token or cookie at once: replayed, either answers 401.</summary>
    public static async Task<SignOutHttpResult> Logout(HttpContext http, SessionRegistry sessions, CaseFlowDbContext db, CancellationToken ct)
    {
        await sessions.EndAsync(http.User, db, ct);
        return TypedResults.SignOut(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme]);
    }

    public static async Task<Ok<MeResponse>> Me(ActorAccessor actors, CaseFlowDbContext db, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(o => actor.Memberships.Select(m => m.OrgUnitId).Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return TypedResults.Ok(new MeResponse(actor.UserName, actor.DisplayName,
            actor.Memberships.Select(m => new MembershipDto(units[m.OrgUnitId].Code, units[m.OrgUnitId].Name, m.Role)).ToList()));
    }

    /// <summary>The token a cookie-signed-in page sends back in X-CSRF-TOKEN on writes.</summary>
    public static Ok<CsrfResponse> Csrf(HttpContext context, IAntiforgery antiforgery) =>
        TypedResults.Ok(new CsrfResponse(antiforgery.GetAndStoreTokens(context).RequestToken!, "X-CSRF-TOKEN"));

    public sealed record CsrfResponse(string Token, string HeaderName);

    /// <summary>Cookie-authenticated writes must carry the antiforgery token; bearer requests cannot be forged cross-site.</summary>
    public static IApplicationBuilder UseCsrfForCookieWrites(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var method = context.Request.Method;
        var isWrite = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        var byCookie = context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme };
        if (isWrite && byCookie && !context.Request.Path.StartsWithSegments("/api/auth/login"))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Response.StatusCode = 400;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = 400, Type = "urn:caseflow:problem:csrf", Title = "Missing or invalid CSRF token.", Detail = "Send the token from GET /api/auth/csrf in the X-CSRF-TOKEN header." },
                });
                return;
            }
        }
        await next();
    });
}
