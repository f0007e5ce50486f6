using System.Security.Claims;
using CaseFlow.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseFlow.Server.Auth;

/// <summary>Registers the session check and puts it in the pipeline (right after authentication, Program.cs).</summary>
public static class SessionSetup
{
    public static IServiceCollection AddCaseFlowSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddSingleton(configuration.GetSection("Auth:Sessions").Get<SessionOptions>() ?? new SessionOptions());
        services.AddSingleton<SessionRegistry>();
        services.AddSingleton<ActorCache>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor, ActorChangeHook>();
        return services;
    }

    /// <summary>
    /// After authentication: a token or cookie whose session has ended counts as no sign-in at all, so the request answers
    /// 401 wherever a sign-in is required (and a cookie is deleted).
    /// </summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity is { IsAuthenticated: true } identity)
        {
            var sessions = context.RequestServices.GetRequiredService<SessionRegistry>();
            if (!await sessions.IsLiveAsync(context.User, context.RequestServices.GetRequiredService<CaseFlowDbContext>(), context.RequestAborted))
            {
                if (identity.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
                    await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next();
    });
}
