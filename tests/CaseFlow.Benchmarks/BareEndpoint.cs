using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CaseFlow.Data;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The baseline of the HTTP figure (issue 14): a bare authenticated ASP.NET Core endpoint that inserts one row into SQLite
/// through a pooled EF Core context — the same bearer-token scheme and SQLite pragmas as the product, none of its domain —
/// driven by the same kind of client and concurrency as <see cref="EndToEnd"/>. Kestrel runs in this process on a loopback
/// port (the product's server runs in its own), so the figure is what the machine gives one request that writes a row.
/// </summary>
static class BareEndpoint
{
    public static async Task<double> RunAsync(int requests, int clients)
    {
        var folder = Directory.CreateTempSubdirectory("caseflow-bench-bare-").FullName;
        try
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddDbContextPool<BareDb>(o => o.UseSqlite($"Data Source={Path.Combine(folder, "bare.db")}").AddInterceptors(SqlitePragmaInterceptor.Instance));
            builder.Services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme).AddBearerToken();
            builder.Services.AddAuthorization();
            await using var app = builder.Build();
            app.UseAuthentication();
            app.UseAuthorization();
            app.MapPost("/login", () => TypedResults.SignIn(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench")], "bench")),
                authenticationScheme: BearerTokenDefaults.AuthenticationScheme));
            app.MapPost("/rows", async (BareDb db, ClaimsPrincipal user) =>
            {
                var row = new BareRow { By = user.Identity!.Name!, AtUtc = DateTime.UtcNow };
                db.Rows.Add(row);
                await db.SaveChangesAsync();
                return TypedResults.Ok(new { row.Id });
            }).RequireAuthorization();
            using (var scope = app.Services.CreateScope()) await scope.ServiceProvider.GetRequiredService<BareDb>().Database.EnsureCreatedAsync();
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var login = await (await http.PostAsync("/login", null)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>();
            var token = login!["accessToken"]!.GetValue<string>();
            for (var i = 0; i < 50; i++) await PostAsync(http, token); // warm-up
            var next = 0;
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
            {
                while (Interlocked.Increment(ref next) <= requests) await PostAsync(http, token);
            }));
            var perSecond = requests / watch.Elapsed.TotalSeconds;
            await app.StopAsync();
            return perSecond;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task PostAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/rows") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST /rows: {(int)response.StatusCode} {text}");
    }

    private sealed class BareDb(DbContextOptions<BareDb> options) : DbContext(options)
    {
        public DbSet<BareRow> Rows => Set<BareRow>();
    }

    private sealed class BareRow
    {
        public long Id { get; set; }
        public string By { get; set; } = "";
        public DateTime AtUtc { get; set; }
    }
}
