using System.Collections.Concurrent;
using CaseFlow.Domain.Common;
using CaseFlow.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Domain.Workflows;

/// <summary>Drafts, publishing and lookup of definition versions. Published versions never change, so they are cached.</summary>
public sealed class DefinitionStore(CaseFlowDbContext db, DefinitionValidator validator, DomainClock clock, PublishedDefinitionCache cache)
{
    public async Task<WorkflowDefinition> GetPublishedAsync(string definitionId, int version, CancellationToken ct)
    {
        if (cache.TryGet(definitionId, version) is { } cached) return cached;
        var record = await db.Definitions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.DefinitionId == definitionId && d.DefinitionVersion == version && d.IsPublished, ct)
            ?? throw new DomainNotFoundException($"Definition {definitionId} v{version} is not published.");
        return cache.Add(ToDefinition(record, isLatest: false));
    }

    public async Task<WorkflowDefinition> GetLatestPublishedAsync(string definitionId, CancellationToken ct)
    {
        var version = await db.Definitions.Where(d => d.DefinitionId == definitionId && d.IsPublished)
            .MaxAsync(d => (int?)d.DefinitionVersion, ct) ?? throw new DomainNotFoundException($"Definition '{definitionId}' has no published version.");
        return await GetPublishedAsync(definitionId, version, ct);
    }

    public IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition) => validator.Validate(definition);

    /// <summary>Creates or updates the one draft of a definition; its version is the next after the latest.</summary>
    public async Task<WorkflowDefinitionRecord> SaveDraftAsync(WorkflowDefinition definition, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(definition.DefinitionId)) throw new DomainValidationException("definitionId", "A definition needs an id.");
        var draft = await db.Definitions.SingleOrDefaultAsync(d => d.DefinitionId == definition.DefinitionId && !d.IsPublished, ct);
        if (draft is null)
        {
            var latest = await db.Definitions.Where(d => d.DefinitionId == definition.DefinitionId).MaxAsync(d => (int?)d.DefinitionVersion, ct) ?? 0;
            draft = NewRecord(definition, latest + 1);
            db.Definitions.Add(draft);
            return draft;
        }
        var edited = NewRecord(definition, draft.DefinitionVersion);
        draft.Edit(edited.Name, edited.Json, edited.ContentHash);
        return draft;
    }

    /// <summary>Validates the draft and freezes it; every problem is listed when it fails.</summary>
    public async Task<WorkflowDefinitionRecord> PublishAsync(string definitionId, string by, CancellationToken ct)
    {
        var draft = await db.Definitions.SingleOrDefaultAsync(d => d.DefinitionId == definitionId && !d.IsPublished, ct)
            ?? throw new DomainNotFoundException($"Definition '{definitionId}' has no draft to publish.");
        ThrowIfInvalid(DefinitionJson.Parse(draft.Json));
        draft.Publish(by, clock.UtcNow);
        return draft;
    }

    /// <summary>
    /// Start-up import (docs/decisions.md, decision 12): skip a file whose content matches any published version; otherwise publish it as
    /// the next version. A designer's pending draft is kept, renumbered to follow the imported version.
    /// </summary>
    public async Task<WorkflowDefinitionRecord?> ImportAsync(WorkflowDefinition definition, string by, CancellationToken ct)
    {
        ThrowIfInvalid(definition);
        var hash = DefinitionJson.ContentHash(definition);
        if (await db.Definitions.AnyAsync(d => d.DefinitionId == definition.DefinitionId && d.IsPublished && d.ContentHash == hash, ct)) return null;
        var pending = await db.Definitions.SingleOrDefaultAsync(d => d.DefinitionId == definition.DefinitionId && !d.IsPublished, ct);
        if (pending is not null) db.Definitions.Remove(pending);   // EF deletes before it inserts, so the version number is free again
        var latest = await db.Definitions.Where(d => d.DefinitionId == definition.DefinitionId && d.IsPublished).MaxAsync(d => (int?)d.DefinitionVersion, ct) ?? 0;
        var record = NewRecord(definition, latest + 1);
        record.Publish(by, clock.UtcNow);
        db.Definitions.Add(record);
        if (pending is not null)
            db.Definitions.Add(NewRecord(DefinitionJson.Parse(pending.Json), latest + 2));
        return record;
    }

    private WorkflowDefinitionRecord NewRecord(WorkflowDefinition definition, int version)
    {
        definition.Version = version;
        definition.IsPublished = false;
        definition.IsLatest = false;
        return new WorkflowDefinitionRecord
        {
            DefinitionId = definition.DefinitionId, DefinitionVersion = version, Name = definition.Name, CreatedAtUtc = clock.UtcNow,
            Json = DefinitionJson.Serialize(definition), ContentHash = DefinitionJson.ContentHash(definition),
        };
    }

    public void ThrowIfInvalid(WorkflowDefinition definition)
    {
        var problems = validator.Validate(definition);
        if (problems.Count > 0)
            throw new DomainValidationException(problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => $"{p.Code}: {p.Message}").ToArray()),
                $"Definition '{definition.DefinitionId}' has {problems.Count} problem(s).");
    }

    public static WorkflowDefinition ToDefinition(WorkflowDefinitionRecord record, bool isLatest)
    {
        var definition = DefinitionJson.Parse(record.Json);
        definition.Version = record.DefinitionVersion;
        definition.IsPublished = record.IsPublished;
        definition.IsLatest = isLatest;
        return definition;
    }
}

/// <summary>Process-wide cache of published (immutable) definitions.</summary>
public sealed class PublishedDefinitionCache
{
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _items = new();

    public WorkflowDefinition? TryGet(string id, int version) => _items.GetValueOrDefault((id, version));

    public WorkflowDefinition Add(WorkflowDefinition definition) => _items.GetOrAdd((definition.DefinitionId, definition.Version), definition);
}
