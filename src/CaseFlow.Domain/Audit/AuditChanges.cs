using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using CaseFlow.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseFlow.Domain.Audit;

public static class AuditJson
{
    /// <summary>Readable Chinese in the stored payload; enums by name.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };
}

/// <summary>
/// A change to one audited row. A modified or deleted row is described before the save, while its original values are
/// known; an added row after it, when its id and foreign keys hold the stored values instead of temporary ones.
/// </summary>
public sealed record CapturedChange(EntityEntry Entry, string Action, JsonObject? Changes)
{
    public PendingAuditEvent Complete(DbContext db)
    {
        var key = Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(Entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture));
        var changes = Changes ?? AuditChanges.DescribeAdded(db, Entry);
        return new PendingAuditEvent(((IAuditedEntity)Entry.Entity).AuditStream, Entry.Metadata.ClrType.Name, string.Join(",", key), Action, changes);
    }
}

/// <summary>A change to one audited row, waiting for its place in its stream.</summary>
public sealed record PendingAuditEvent(string Stream, string Subject, string SubjectId, string Action, JsonObject Changes)
{
    /// <summary>The text that is stored and hashed.</summary>
    public string ToPayload(AuditActorInfo actor, DateTime atUtc) => new JsonObject
    {
        ["subject"] = Subject,
        ["subjectId"] = SubjectId,
        ["action"] = Action,
        ["actor"] = actor.UserName,
        ["orgUnits"] = new JsonArray(actor.OrgUnitCodes.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
        ["atUtc"] = atUtc,
        ["changes"] = Changes.DeepClone(),
    }.ToJsonString(AuditJson.Options);
}

/// <summary>
/// Reads the changes of audited rows from the change tracker before they are saved: every scalar property with its value
/// before and after, owned values as "Applicant.IdNumber" or "Materials[2].State".
/// </summary>
public static class AuditChanges
{
    // Bookkeeping, never a change of its own: the chain head on the subject row and the concurrency version.
    private static readonly HashSet<string> Bookkeeping = ["AuditSequence", "AuditHash", "AuditSignature"];

    // A modified row whose only changes are these is not worth an event; with other changes they are kept.
    private static readonly HashSet<string> Noise = ["UpdatedAtUtc"];

    /// <summary>The changes of audited rows (and of the values they own); empty when there is nothing to record.</summary>
    public static List<CapturedChange> Collect(DbContext db)
    {
        var entries = db.ChangeTracker.Entries().ToList();
        if (!entries.Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e.Metadata))) return [];
        var deletedOwned = entries.Where(e => e.State == EntityState.Deleted && e.Metadata.IsOwned()).ToList();
        var events = new List<CapturedChange>();
        foreach (var entry in entries)
        {
            if (entry.Entity is not IAuditedEntity || entry.Metadata.IsOwned()) continue;
            if (entry.State == EntityState.Added)
            {
                events.Add(new CapturedChange(entry, "Added", null));
                continue;
            }
            var changes = Describe(db, deletedOwned, entry, null);
            if (changes.Count == 0) continue;
            var action = entry.State == EntityState.Deleted ? "Deleted" : "Modified";
            if (action == "Modified" && changes.All(c => Noise.Contains(c.Key))) continue;
            events.Add(new CapturedChange(entry, action, changes));
        }
        return events;
    }

    /// <summary>Every value of a row that was added (and is saved by now, so its state says nothing any more).</summary>
    public static JsonObject DescribeAdded(DbContext db, EntityEntry entry) => Describe(db, [], entry, EntityState.Added);

    private static JsonObject Describe(DbContext db, List<EntityEntry> deletedOwned, EntityEntry entry, EntityState? state)
    {
        var changes = new JsonObject();
        // The tracker was brought up to date when the save began (Collect's Entries()); describing changes nothing, so
        // looking up entries and navigations need not scan for changes again each time (docs/architecture.md, audit).
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            new Describer(db, deletedOwned, changes).Describe(entry, "", state);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
        foreach (var same in changes.Where(c => JsonNode.DeepEquals(c.Value?["before"], c.Value?["after"])).Select(c => c.Key).ToList())
            changes.Remove(same);
        return changes;
    }

    private static bool IsAudited(IEntityType type)
    {
        while (type.FindOwnership() is { } ownership) type = ownership.PrincipalEntityType;
        return typeof(IAuditedEntity).IsAssignableFrom(type.ClrType);
    }

    private sealed class Describer(DbContext db, List<EntityEntry> deletedOwned, JsonObject changes)
    {
        /// <param name="asState">Added or Deleted when the owner was: its owned values came or went with it.</param>
        public void Describe(EntityEntry entry, string prefix, EntityState? asState)
        {
            var state = asState ?? entry.State;
            EntityState? inherited = state is EntityState.Added or EntityState.Deleted ? state : null;
            foreach (var property in entry.Properties)
            {
                var meta = property.Metadata;
                if (meta.IsPrimaryKey() || meta.IsShadowProperty() || Bookkeeping.Contains(meta.Name)
                    || meta.Name == nameof(IVersioned.Version) && entry.Entity is IVersioned) continue;
                if (state == EntityState.Added) Put(prefix + meta.Name, null, property.CurrentValue);
                else if (state == EntityState.Deleted) Put(prefix + meta.Name, property.OriginalValue, null);
                else if (state == EntityState.Modified && property.IsModified && !meta.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue))
                    Put(prefix + meta.Name, property.OriginalValue, property.CurrentValue);
            }
            // Only the owned values are part of the row: an entry is made for those navigations alone.
            foreach (var owned in entry.Metadata.GetNavigations().Where(n => n is { IsOnDependent: false, ForeignKey.IsOwnership: true }))
            {
                NavigationEntry navigation = owned.IsCollection ? entry.Collection(owned) : entry.Reference(owned);
                var name = prefix + owned.Name;
                if (navigation is ReferenceEntry reference)
                {
                    // A replaced owned value: the old one is deleted, the new one added; both land on the same names.
                    foreach (var gone in DeletedOwnedBy(entry, owned.ForeignKey)) Describe(gone, name + ".", inherited);
                    if (reference.TargetEntry is { } target) Describe(target, name + ".", inherited);
                }
                else if (navigation.CurrentValue is IEnumerable<object> items)
                {
                    if (state is EntityState.Added or EntityState.Deleted)
                    {
                        // The whole collection comes or goes with its row: one value, not one per element.
                        var list = items.ToList();
                        if (list.Count > 0) Put(name, state == EntityState.Deleted ? items : null, state == EntityState.Added ? items : null);
                        continue;
                    }
                    var i = 0;
                    foreach (var item in items) Describe(db.Entry(item), $"{name}[{i++}].", null);
                    var k = 0;
                    foreach (var gone in DeletedOwnedBy(entry, owned.ForeignKey)) Describe(gone, $"{name}[removed {k++}].", null);
                }
            }
        }

        private IEnumerable<EntityEntry> DeletedOwnedBy(EntityEntry owner, IForeignKey ownership) =>
            deletedOwned.Where(e => e.Metadata == ownership.DeclaringEntityType
                && ownership.Properties.Select(p => e.Property(p.Name).OriginalValue)
                    .SequenceEqual(ownership.PrincipalKey.Properties.Select(p => owner.Property(p.Name).CurrentValue)));

        private void Put(string name, object? before, object? after)
        {
            var b = ToNode(before);
            var a = ToNode(after);
            if (changes[name] is JsonObject existing)
            {
                if (b is not null) existing["before"] = b;
                if (a is not null) existing["after"] = a;
            }
            else changes[name] = new JsonObject { ["before"] = b, ["after"] = a };
        }

        private static JsonNode? ToNode(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), AuditJson.Options);
    }
}
