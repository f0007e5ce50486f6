using System.Security.Claims;
using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Common;
using CaseFlow.Server.Auth;

namespace CaseFlow.Server.Audit;

/// <summary>
/// The signed-in user and the codes of their org units; "system" outside a request (jobs, timers, start-up import).
/// The request's <see cref="ActorAccessor"/> is taken from the request when asked, not injected: it reads through a DbContext,
/// and every DbContext receives the audit hook that holds this actor, so injecting it would make a cycle.
/// </summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public async ValueTask<AuditActorInfo> GetAsync(CancellationToken ct)
    {
        if (http.HttpContext is not { User: { } user } context) return AuditActorInfo.System;
        if (user.Identity?.IsAuthenticated != true) return new AuditActorInfo("anonymous", []);
        try
        {
            // Usually already loaded by the endpoint (ActorAccessor caches per request).
            var actor = await context.RequestServices.GetRequiredService<ActorAccessor>().GetAsync(ct);
            return new AuditActorInfo(actor.UserName, actor.Memberships.Select(m => m.OrgUnitCode).Distinct().Order(StringComparer.Ordinal).ToList());
        }
        catch (DomainForbiddenException)
        {
            return new AuditActorInfo(user.FindFirstValue(ClaimTypes.Name) ?? "unknown", []);
        }
    }
}

/// <summary>Where the audit HMAC key comes from: <c>Audit:Key</c> (base64, at least 32 bytes) or the key file.</summary>
public static class AuditKeySetup
{
    public const string DefaultKeyFile = "data/keys/audit-hmac.key";

    public static IServiceCollection AddCaseFlowAudit(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(_ => Load(configuration.GetSection("Audit"), contentRoot));
        services.AddScoped<IAuditActor, HttpAuditActor>();
        return services;
    }

    public static AuditKey Load(IConfiguration audit, string contentRoot)
    {
        if (audit["Key"] is { Length: > 0 } base64) return AuditKey.FromBase64(base64);
        return AuditKey.LoadOrCreate(Path.Combine(contentRoot, audit["KeyFile"] is { Length: > 0 } file ? file : DefaultKeyFile));
    }
}
