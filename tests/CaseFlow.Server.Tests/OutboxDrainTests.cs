using CaseFlow.Domain;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Server.Tests;

/// <summary>The outbox drain records each hand-over as it happens (docs/architecture.md, "The outbox").</summary>
public sealed class OutboxDrainTests(CaseFlowApplication app) : IClassFixture<CaseFlowApplication>
{
    [Fact]
    public async Task A_drain_that_dies_at_the_kth_message_keeps_the_ones_before_it_sent_and_the_next_drain_sends_only_the_rest()
    {
        await DrainAsync(new RecordingSender()); // whatever the seed left pending
        var ids = await AddMessagesAsync(6);

        // The process dies while handing over the 4th message: the exception leaves the drain as a kill would.
        var dying = new RecordingSender(dieAt: 4);
        await Should.ThrowAsync<OperationCanceledException>(() => DrainAsync(dying));
        dying.Keys.ShouldBe(ids.Take(4).Select(Key).ToList());

        var states = await StatesAsync(ids);
        ids.Take(3).ShouldAllBe(id => states[id] == OutboxState.Sent);
        ids.Skip(3).ShouldAllBe(id => states[id] == OutboxState.Pending);

        var next = new RecordingSender();
        (await DrainAsync(next)).ShouldBe(3);
        // Only the one in flight is handed over again, with the same key; the three before it never.
        next.Keys.ShouldBe(ids.Skip(3).Select(Key).ToList());
        (await StatesAsync(ids)).Values.ShouldAllBe(s => s == OutboxState.Sent);
    }

    [Fact]
    public async Task The_sender_gets_each_messages_id_as_its_idempotency_key()
    {
        await DrainAsync(new RecordingSender());
        var ids = await AddMessagesAsync(2);
        var sender = new RecordingSender();
        await DrainAsync(sender);
        sender.Keys.ShouldBe(ids.Select(id => $"caseflow-outbox-{id}").ToList());
        sender.MessageIds.ShouldBe(ids);
    }

    private static string Key(long id) => $"caseflow-outbox-{id}";

    private async Task<int> DrainAsync(INotificationSender sender)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        return await new OutboxDispatcher(db, sender, scope.ServiceProvider.GetRequiredService<DomainClock>()).DrainAsync(500, CancellationToken.None);
    }

    private async Task<List<long>> AddMessagesAsync(int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var messages = Enumerable.Range(1, count).Select(i => new OutboxMessage
        {
            Channel = Notifier.InboxChannel, Recipient = "clerk", Template = "test", Text = $"第{i}条", CreatedAtUtc = DateTime.UtcNow,
        }).ToList();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(m => m.Id).ToList();
    }

    private async Task<Dictionary<long, OutboxState>> StatesAsync(List<long> ids)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        return await db.Outbox.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.State);
    }

    /// <summary>Records what it is handed; with <c>dieAt</c>, the k-th hand-over never returns (the process died in it).</summary>
    private sealed class RecordingSender(int dieAt = 0) : INotificationSender
    {
        public List<string> Keys { get; } = [];
        public List<long> MessageIds { get; } = [];

        public Task SendAsync(OutboxMessage message, string idempotencyKey, CancellationToken ct)
        {
            Keys.Add(idempotencyKey);
            MessageIds.Add(message.Id);
            if (Keys.Count == dieAt) throw new OperationCanceledException("killed");
            return Task.CompletedTask;
        }
    }
}
