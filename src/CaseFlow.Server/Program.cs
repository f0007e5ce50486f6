using CaseFlow.Domain;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Org;
using CaseFlow.Data;
using CaseFlow.Server.Admin;
using CaseFlow.Server.Audit;
using CaseFlow.Server.Auth;
using CaseFlow.Server.Cases;
using CaseFlow.Server.Catalog;
using CaseFlow.Server.Definitions;
using CaseFlow.Server.Incidents;
using CaseFlow.Server.Jobs;
using CaseFlow.Server.Public;
using CaseFlow.Server.Ratings;
using CaseFlow.Server.Reports;
using CaseFlow.Server.Setup;
using CaseFlow.Server.Tasks;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Scalar.AspNetCore;

// `migrate` applies the pending migrations and exits (README "Production"); every other argument is configuration.
var migrateOnly = args.Contains(DatabaseStart.MigrateCommand);
var builder = WebApplication.CreateBuilder(args.Where(a => a != DatabaseStart.MigrateCommand).ToArray());
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:5080");
builder.WebHost.ConfigureKestrel(o =>
{
    o.AddServerHeader = false;
    // The backstop, above every endpoint's limit: BodySizeLimit answers those (2 MB, definitions 4 MB) as a 413 problem first.
    o.Limits.MaxRequestBodySize = 2 * InputLimits.DefinitionBodyBytes;
});

var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
if (database.Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) && database.ConnectionString == new DatabaseOptions().ConnectionString)
    database.ConnectionString = $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "data", "caseflow.db")}";
builder.Services.AddCaseFlowData(database);
builder.Services.AddSingleton(OfficeHoursConfig.Read(builder.Configuration.GetSection("Calendar")));
builder.Services.AddCaseFlowDomain(DevelopmentClock.From(builder.Configuration, builder.Environment));
CaseFlow.Domain.Notifications.NotificationSenderOptions.Register(builder.Services,
    builder.Configuration.GetSection("Notifications").Get<CaseFlow.Domain.Notifications.NotificationSenderOptions>() ?? new());
builder.Services.AddCaseFlowJobs(database, builder.Configuration.GetSection("Hangfire").Get<HangfireOptions>() ?? new HangfireOptions());
builder.Services.AddSingleton(builder.Configuration.GetSection("Ratings").Get<CaseFlow.Domain.Ratings.RatingOptions>() ?? new CaseFlow.Domain.Ratings.RatingOptions());
builder.Services.AddSingleton(builder.Configuration.GetSection("Reports:Daily").Get<DailyReportOptions>() ?? new DailyReportOptions());
builder.Services.AddSingleton(builder.Configuration.GetSection("CaseNumbers").Get<CaseNumberOptions>() ?? new CaseNumberOptions());
var content = builder.Configuration.GetSection("Content").Get<ContentOptions>() ?? new ContentOptions();
content.SeedDemoUsers = builder.Configuration.GetValue<bool?>("Content:SeedDemoUsers") ?? builder.Environment.IsDevelopment();
builder.Services.AddSingleton(content);
builder.Services.AddSingleton<StartupImport>();
builder.Services.AddCaseFlowAudit(builder.Configuration, builder.Environment.ContentRootPath);

builder.Services.AddAutoMapper(cfg =>
{
    // AutoMapper 16 is dual-licensed (RPL-1.5 or commercial, README "Licences"): a commercial key comes from configuration.
    if (builder.Configuration["AutoMapper:LicenseKey"] is { Length: > 0 } licenseKey) cfg.LicenseKey = licenseKey;
    cfg.AddApiProfiles();
});
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ActorAccessor>();
builder.Services.AddScoped<WorkingDaysLeft>().AddScoped<TaskRows>();
builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
builder.Services.AddSingleton(sp => new LoginThrottle(TimeProvider.System,
    builder.Configuration.GetSection("Auth:Throttle").Get<LoginThrottleOptions>() ?? new LoginThrottleOptions(), sp.GetRequiredService<ILogger<LoginThrottle>>()));
builder.Services.AddCaseFlowSessions(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
builder.Services.AddCaseFlowProblems();
builder.Services.AddOpenApi(OpenApiSetup.Configure);
builder.Services.AddHealthChecks().AddCheck<CalendarHealthCheck>("calendar").AddCheck<DatabaseHealthCheck>("database");

builder.Services.AddDataProtection().SetApplicationName("CaseFlow").PersistKeysToDbContext<CaseFlowDbContext>();
builder.Services.AddAntiforgery(o => { o.HeaderName = "X-CSRF-TOKEN"; o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; });
builder.Services.AddAuthentication(AuthEndpoints.SmartScheme)
    .AddPolicyScheme(AuthEndpoints.SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? BearerTokenDefaults.AuthenticationScheme
            : CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o =>
    {
        o.Cookie.Name = "caseflow.auth";
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.SlidingExpiration = true;
        // An API answers 401/403; it never redirects to a login page.
        o.Events.OnRedirectToLogin = context => { context.Response.StatusCode = 401; return Task.CompletedTask; };
        o.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = 403; return Task.CompletedTask; };
    })
    .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
builder.Services.AddAuthorization();
CaseFlow.Server.Observability.ObservabilitySetup.AddCaseFlowObservability(builder.Services, builder.Configuration);
builder.Services.AddPublicTrackingRateLimit(builder.Configuration.GetValue("PublicTracking:PermitsPerMinute", 30));

var app = builder.Build();

// The audit key first: a bad Audit:Key stops the start, and the key file exists before the first audited change.
app.Services.GetRequiredService<CaseFlow.Domain.Audit.AuditKey>();
if (await DatabaseStart.PrepareAsync(app.Services, database, migrateOnly, Console.Out, Console.Error) is { } exitCode) return exitCode;
await app.Services.GetRequiredService<StartupImport>().RunAsync(CancellationToken.None);

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseBodySizeLimit();
// The web app (src/CaseFlow.Web, built into wwwroot by the server's build).
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseSessionCheck();
app.UseCsrfForCookieWrites();
app.UseAuthorization();
app.UseRateLimiter();
app.UseCaseFlowJobs();
CaseFlow.Server.Observability.ObservabilitySetup.MapCaseFlowObservability(app);

app.MapOpenApi();
app.MapScalarApiReference("/api/reference");
app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
// For a load balancer (README "Production"): live = the process answers; ready = it can serve (the database answers).
app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
// Request bodies and bundled queries pass InputRules (bounds, enum names, null elements) before the handler; the
// notification and audit endpoints take none.
app.MapAuthEndpoints().WithInputRules();
app.MapCatalogEndpoints().WithInputRules();
app.MapDefinitionEndpoints().WithInputRules();
app.MapCaseEndpoints().WithInputRules();
app.MapTaskEndpoints().WithInputRules();
app.MapIncidentEndpoints().WithInputRules();
app.MapPublicEndpoints().WithInputRules();
app.MapDeadlineEndpoints().WithInputRules();
app.MapCalendarEndpoints().WithInputRules();
app.MapNotificationEndpoints();
app.MapUserAdminEndpoints().WithInputRules();
app.MapOrgAdminEndpoints().WithInputRules();
app.MapRightEndpoints().WithInputRules();
app.MapAuditEndpoints();
app.MapDryRunEndpoints().WithInputRules();
app.MapReportEndpoints();
app.MapRatingEndpoints();
app.MapDailyReportEndpoints();
app.MapSupervisedTaskEndpoints();
app.MapCaseWorkflowEndpoints().WithInputRules();
CaseFlow.Server.Elsa.ElsaEndpoints.MapElsaApi(app);
// History-API fallback: the web app's own routes get index.html; unknown /api, /openapi and /health paths keep their 404 problem.
// GET and HEAD only, so another method on an API route answers 405, not a 404 from the fallback's failed constraint.
app.MapFallbackToFile("{*path:nonfile:regex(^(?!(api|openapi|health|hangfire)(/|$)).*$)}", "index.html")
    .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));

await app.RunAsync();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
