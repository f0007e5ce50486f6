namespace CaseFlow.Domain.Events;

/// <summary>Reacts to one kind of domain event inside the step's transaction; never saves (the caller saves once).</summary>
public interface IDomainEventHandler
{
    bool Handles(IDomainEvent domainEvent);

    Task HandleAsync(IDomainEvent domainEvent, CancellationToken ct);
}

/// <summary>A handler of the events of type <typeparamref name="TEvent"/> (and of any event deriving from it).</summary>
public abstract class DomainEventHandler<TEvent> : IDomainEventHandler where TEvent : IDomainEvent
{
    public bool Handles(IDomainEvent domainEvent) => domainEvent is TEvent;

    public Task HandleAsync(IDomainEvent domainEvent, CancellationToken ct) => HandleAsync((TEvent)domainEvent, ct);

    protected abstract Task HandleAsync(TEvent domainEvent, CancellationToken ct);
}
