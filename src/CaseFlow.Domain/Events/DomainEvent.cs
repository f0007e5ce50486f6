using System.ComponentModel.DataAnnotations.Schema;

namespace CaseFlow.Domain.Events;

/// <summary>Something that happened to an entity, raised by the entity's own guarded method (docs/architecture.md, "Domain events").</summary>
public interface IDomainEvent;

/// <summary>
/// The events an entity raised since they were last dispatched (eShop's Ordering.Domain style). The entity adds them; the
/// <see cref="DomainEventDispatcher"/> takes them out, so each is handled once.
/// </summary>
public abstract class DomainEventSource
{
    private readonly List<IDomainEvent> _domainEvents = [];

    [NotMapped]
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void AddDomainEvent(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Takes the pending events out, oldest first.</summary>
    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var taken = _domainEvents.ToList();
        _domainEvents.Clear();
        return taken;
    }
}
