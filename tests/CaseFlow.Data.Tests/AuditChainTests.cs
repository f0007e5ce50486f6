using CaseFlow.Domain;
using CaseFlow.Domain.Audit;
using CaseFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Data.Tests;

/// <summary>The audit chain written by CaseFlowDbContext itself, without the server: sync and async saves, the key requirement.</summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task Sync_and_async_saves_append_to_one_signed_chain_that_verifies_and_recorded_as_system()
    {
        using var temp = new TempDatabase();
        await using var provider = await ProviderAsync(temp, AuditKey.CreateEphemeral());

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            db.Definitions.Add(new WorkflowDefinitionRecord { DefinitionId = "probe", DefinitionVersion = 1, Name = "探针", Json = "{}", ContentHash = "x" });
            db.SaveChanges();
            var record = await db.Definitions.SingleAsync();
            record.Publish("designer", new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
            record.Version.ShouldBe(1, "the version bump still happens");
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(AuditStreams.Definitions, CancellationToken.None);
            verification.Valid.ShouldBeTrue(verification.Message);
            (verification.Events, verification.HeadSequence).ShouldBe((2, 2L));
            var events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
            events[0].PreviousHash.ShouldBe(AuditHashing.Genesis);
            events[1].PreviousHash.ShouldBe(events[0].Hash);
            events.ShouldAllBe(e => e.Payload.Contains("\"actor\":\"system\""));
            events[1].Payload.ShouldContain("\"IsPublished\":{\"before\":false,\"after\":true}");
            (await db.AuditStreamHeads.AsNoTracking().SingleAsync()).Hash.ShouldBe(events[1].Hash);
        }
    }

    [Fact]
    public async Task Owned_values_are_recorded_by_name_when_added_changed_replaced_and_in_collections()
    {
        using var temp = new TempDatabase();
        await using var provider = await ProviderAsync(temp, AuditKey.CreateEphemeral());
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            db.ServiceItems.Add(new CaseFlow.Domain.Catalog.ServiceItem
            {
                BasicCode = "B1", ImplementationCode = "I1", Name = "探针事项", CommittedLimit = new() { Value = 5 },
                Situations = [new() { Code = "01", Name = "首次", Materials = [new() { Code = "M01", Name = "身份证" }] }],
            });
            await db.SaveChangesAsync();
        }
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            var item = await db.ServiceItems.SingleAsync();
            item.CommittedLimit.Value = 3;                                  // an owned value changed in place
            item.StatutoryLimit = new() { Value = 20 };                     // an owned value replaced
            item.Situations[0].Name = "换领";                               // an element of an owned collection
            await db.SaveChangesAsync();
        }
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
            var events = await db.AuditEvents.AsNoTracking().Where(e => e.Stream == AuditStreams.Catalog).OrderBy(e => e.Sequence).ToListAsync();
            events.Count.ShouldBe(2);
            events[0].Payload.ShouldContain("\"CommittedLimit.Value\":{\"before\":null,\"after\":5}");
            events[1].Payload.ShouldContain("\"CommittedLimit.Value\":{\"before\":5,\"after\":3}");
            events[1].Payload.ShouldContain("\"StatutoryLimit.Value\":{\"before\":0,\"after\":20}");
            events[1].Payload.ShouldContain("\"Situations[0].Name\":{\"before\":\"首次\",\"after\":\"换领\"}");
            events[1].Payload.ShouldNotContain("BasicCode", customMessage: "only what changed");
        }
    }

    [Fact]
    public async Task Without_a_key_an_audited_change_is_refused_and_nothing_is_written()
    {
        using var temp = new TempDatabase();
        await using var provider = await ProviderAsync(temp, key: null);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        db.Definitions.Add(new WorkflowDefinitionRecord { DefinitionId = "probe", DefinitionVersion = 1, Name = "探针", Json = "{}", ContentHash = "x" });
        (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message.ShouldContain("AuditKey");
        (await db.Definitions.AsNoTracking().CountAsync()).ShouldBe(0);
    }

    private static async Task<ServiceProvider> ProviderAsync(TempDatabase temp, AuditKey? key)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddCaseFlowData(new DatabaseOptions { Provider = "Sqlite", ConnectionString = temp.ConnectionString })
            .AddCaseFlowDomain();
        if (key is not null) services.AddSingleton(key);
        var provider = services.BuildServiceProvider();
        await provider.MigrateCaseFlowDatabaseAsync();
        return provider;
    }
}
