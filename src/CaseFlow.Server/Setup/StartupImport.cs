using System.Text.Json;
using CaseFlow.Domain;
using CaseFlow.Domain.Calendar;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Org;
using CaseFlow.Domain.Rights;
using CaseFlow.Domain.Workflows;
using CaseFlow.Workflows.Definitions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Setup;

public sealed class ContentOptions
{
    /// <summary>Folder holding workflows/ and samples/; found by walking up from the content root when empty.</summary>
    public string? Root { get; set; }
    public bool ImportSamples { get; set; } = true;
    public bool SeedDemoUsers { get; set; }
}

/// <summary>Imports definitions, org trees, the catalog, window rights and (in Development) the demo users at start-up, each in one transaction.</summary>
public sealed class StartupImport(IServiceProvider services, ContentOptions options, IHostEnvironment environment, ILogger<StartupImport> log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        // The shipped calendar years first: every deadline computed from here on needs them.
        await InScopeAsync((db, scope) => WorkCalendarProvider.ImportShippedAsync(db, scope.GetRequiredService<DomainClock>().UtcNow, ct), ct);
        await using (var scope = services.CreateAsyncScope())
            await services.GetRequiredService<WorkCalendarProvider>().ReloadAsync(scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>(), ct);

        var root = options.Root ?? FindRoot(environment.ContentRootPath);
        if (root is null) { log.LogWarning("No workflows/ folder found above {Path}; nothing imported.", environment.ContentRootPath); return; }

        await InScopeAsync(async (db, scope) =>
        {
            var store = scope.GetRequiredService<DefinitionStore>();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "workflows"), "*.json").Order())
            {
                var definition = DefinitionJson.Parse(await File.ReadAllTextAsync(file, ct));
                if (await store.ImportAsync(definition, "import", ct) is { } record)
                    log.LogInformation("Published {Id} v{Version} from {File}", record.DefinitionId, record.DefinitionVersion, Path.GetFileName(file));
            }
        }, ct);
        if (!options.ImportSamples) return;

        await InScopeAsync(async (db, scope) =>
        {
            var org = scope.GetRequiredService<OrgImporter>();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "samples", "org"), "*.json").Order())
                await org.ImportAsync(await File.ReadAllTextAsync(file, ct), ct);
            var catalog = scope.GetRequiredService<CatalogImporter>();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "samples", "catalog"), "*.json").Order())
                await catalog.ImportAsync(await File.ReadAllTextAsync(file, ct), ct);
            var rightsFolder = Path.Combine(root, "samples", "rights");
            if (Directory.Exists(rightsFolder))
            {
                await db.SaveChangesAsync(ct); // grants name windows and items by code: they must be in the database first
                var rights = scope.GetRequiredService<WindowRights>();
                foreach (var file in Directory.EnumerateFiles(rightsFolder, "*.json").Order())
                    if (await rights.ImportAsync(await File.ReadAllTextAsync(file, ct), "import", ct) is > 0 and var added)
                        log.LogInformation("Granted {Count} window rights from {File}", added, Path.GetFileName(file));
            }
            if (options.SeedDemoUsers) await SeedUsersAsync(db, scope, Path.Combine(root, "samples", "users", "demo-users.json"), ct);
        }, ct);
    }

    private async Task InScopeAsync(Func<CaseFlowDbContext, IServiceProvider, Task> work, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await work(db, scope.ServiceProvider);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private sealed record DemoUser(string UserName, string DisplayName, string Password, List<DemoMembership> Memberships);
    private sealed record DemoMembership(string OrgUnit, string Role);

    private static async Task SeedUsersAsync(CaseFlowDbContext db, IServiceProvider scope, string file, CancellationToken ct)
    {
        if (!File.Exists(file)) return;
        var hasher = scope.GetRequiredService<IPasswordHasher<User>>();
        var users = JsonSerializer.Deserialize<List<DemoUser>>(await File.ReadAllTextAsync(file, ct), JsonSerializerOptions.Web) ?? [];
        var units = await db.OrgUnits.ToDictionaryAsync(o => o.Code, o => o.Id, ct);
        foreach (var demo in users)
        {
            if (await db.Users.AnyAsync(u => u.UserName == demo.UserName, ct)) continue;
            var user = new User { UserName = demo.UserName, DisplayName = demo.DisplayName };
            user.PasswordHash = hasher.HashPassword(user, demo.Password);
            user.Memberships = demo.Memberships.Select(m => new Membership { OrgUnitId = units[m.OrgUnit], Role = m.Role }).ToList();
            db.Users.Add(user);
        }
    }

    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "workflows")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                return dir.FullName;
        return null;
    }
}
