namespace CaseFlow.Domain.Events;

/// <summary>
/// The one place domain events are handed to their handlers (no mediator library): the workflow host calls it after a step,
/// timer firing after a timer, each within its transaction and before the caller's single save. Handlers run in the order
/// they are registered, for each event in the order the entities (then the events on each) were given.
/// </summary>
public sealed class DomainEventDispatcher(IEnumerable<IDomainEventHandler> handlers)
{
    private readonly IReadOnlyList<IDomainEventHandler> _handlers = handlers.ToList();

    /// <summary>Dispatches every pending event of <paramref name="sources"/>, including those the handlers raise meanwhile.</summary>
    public async Task DispatchAsync(IEnumerable<DomainEventSource> sources, CancellationToken ct)
    {
        var all = sources.Distinct().ToList();
        while (all.Any(s => s.DomainEvents.Count > 0))
            foreach (var source in all)
                foreach (var domainEvent in source.TakeDomainEvents())
                    foreach (var handler in _handlers.Where(h => h.Handles(domainEvent)))
                        await handler.HandleAsync(domainEvent, ct);
    }

    public Task DispatchAsync(DomainEventSource source, CancellationToken ct) => DispatchAsync([source], ct);
}
