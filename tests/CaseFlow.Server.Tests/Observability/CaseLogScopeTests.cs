using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CaseFlow.Server.Tests.CaseFlowApplication;

namespace CaseFlow.Server.Tests.Observability;

/// <summary>Log lines of work on one case carry its number, its id and the trace id (README "Observability").</summary>
public sealed class CaseLogScopeTests : IAsyncLifetime
{
    private readonly CaseFlowApplication _app = new();
    private readonly RecordingLoggerProvider _logs = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_request_on_a_case_logs_inside_a_scope_with_its_case_number_case_id_and_trace_id()
    {
        var host = _app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l =>
            l.AddProvider(_logs).AddFilter<RecordingLoggerProvider>(null, LogLevel.Debug))));
        var clerk = await SignedInAsync(host, DemoUsers.Clerk);
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var (id, caseNo) = (created["id"]!.GetValue<long>(), created["caseNo"]!.GetValue<string>());
        _logs.Lines.Clear();

        await GetCaseAsync(clerk, id);

        var scoped = _logs.Lines.Where(l => l.Scope.TryGetValue("CaseNo", out var no) && Equals(no, caseNo)).ToList();
        scoped.ShouldNotBeEmpty($"no log line carried {caseNo}; lines: {string.Join(" | ", _logs.Lines.Select(l => l.Message).Take(20))}");
        scoped.ShouldAllBe(l => Equals(l.Scope["CaseId"], id));
        scoped.ShouldContain(l => l.Scope.ContainsKey("TraceId"), "the trace id rides along (ActivityTrackingOptions)");
    }

    [Fact]
    public async Task A_request_on_a_task_logs_with_the_number_of_the_tasks_case()
    {
        var host = _app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l =>
            l.AddProvider(_logs).AddFilter<RecordingLoggerProvider>(null, LogLevel.Debug))));
        var clerk = await SignedInAsync(host, DemoUsers.Clerk);
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var caseNo = created["caseNo"]!.GetValue<string>();
        var task = await OpenTaskAsync(clerk, caseNo, "review");
        _logs.Lines.Clear();

        (await clerk.GetAsync($"/api/tasks/{task}")).EnsureSuccessStatusCode();

        _logs.Lines.ShouldContain(l => l.Scope.ContainsKey("CaseNo") && Equals(l.Scope["CaseNo"], caseNo));
    }

    [Fact]
    public async Task The_outbox_drain_logs_each_message_of_a_case_with_its_case_number()
    {
        var host = _app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l =>
            l.AddProvider(_logs).AddFilter<RecordingLoggerProvider>(null, LogLevel.Debug))));
        var clerk = await SignedInAsync(host, DemoUsers.Clerk);
        var created = await ApplyAsync(clerk, IdCardBody("M01", "M02", "M03"));
        var (id, caseNo) = (created["id"]!.GetValue<long>(), created["caseNo"]!.GetValue<string>());
        long messageId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlow.Domain.CaseFlowDbContext>();
            var message = new CaseFlow.Domain.Notifications.OutboxMessage
            {
                CaseId = id, Channel = CaseFlow.Domain.Notifications.Notifier.InboxChannel, Recipient = "clerk", Template = "test", Text = "日志范围", CreatedAtUtc = DateTime.UtcNow,
            };
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            messageId = message.Id;
        }

        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CaseFlow.Domain.Notifications.OutboxDispatcher>().DrainAsync(500, CancellationToken.None);

        // The job server may have drained it first: either drain logs the hand-over inside the case's scope.
        var sent = _logs.Lines.Where(l => l.Message.Contains(CaseFlow.Domain.Notifications.OutboxDispatcher.IdempotencyKey(new() { Id = messageId }))).ToList();
        sent.ShouldNotBeEmpty("the log sender wrote no line for the message");
        sent.ShouldAllBe(l => Equals(l.Scope["CaseNo"], caseNo) && Equals(l.Scope["CaseId"], id));
    }

    private static async Task<HttpClient> SignedInAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, DemoUser user)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn.BearerTokenAsync(client, user));
        return client;
    }
}

/// <summary>Keeps every log line with the key/value pairs of the scopes around it.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    public sealed record LogLine(string Category, string Message, Dictionary<string, object?> Scope);

    private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>();
            owner._scopes.ForEachScope((s, into) =>
            {
                if (s is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) into[key] = value;
            }, scope);
            owner.Lines.Enqueue(new LogLine(category, formatter(state, exception), scope));
        }
    }
}
