using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Deadlines;
using CaseFlow.Domain.Documents;
using CaseFlow.Domain.Workflows;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>Base of the case activities (one per file, named after it): their descriptors and input helpers; <see cref="CaseStep"/> is their step.</summary>
public abstract class CaseActivity : Activity
{
    public const string Category = "办件";

    protected static CaseStep Step(ActivityContext context) => new(context);

    protected static ActivityDescriptor Describe(string type, string displayName, string description, string[] ports, params PropDescriptor[] props) =>
        new(type, displayName, Category, description, ports, props);

    /// <summary>A step that becomes an inbox task: it also carries its own limit and escalation policy.</summary>
    protected static ActivityDescriptor DescribeTask(string type, string displayName, string description, string[] ports, params PropDescriptor[] props) =>
        new(type, displayName, Category, description, ports, [.. props, .. StepTimekeeping.Props()]);

    /// <summary>The basis from the resume data; a negative outcome without one refuses the step (<see cref="DecisionBasisRule"/>).</summary>
    protected static string? Basis(ResumeInput input, CaseOutcome outcome)
    {
        var basis = OptionalText(input, DecisionBasisRule.Field);
        return DecisionBasisRule.Missing(outcome, basis) is { } rule ? throw new WorkflowInputException(DecisionBasisRule.Field, rule) : basis;
    }

    protected static string? OptionalText(ResumeInput input, string field) =>
        input.Data?[field] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}

/// <summary>
/// What a case activity works with in one step: the case subject the host lent the step (through <c>RunOptions.Subject</c>,
/// never a service lookup), the step's time and its actor.
/// </summary>
public readonly struct CaseStep(ActivityContext context)
{
    public CaseSubject Subject => context.Subject as CaseSubject ?? throw new InvalidOperationException($"'{context.Node.Type}' runs only on a case.");
    public Case Case => Subject.Case;
    public ServiceItem Item => Subject.Item;
    public DateTime Now => context.UtcNow;
    public string Actor => context.Actor ?? "system";
    public CancellationToken Cancellation => context.Options.CancellationToken;

    public void Event(string kind, string summary, JsonObject? data = null) => Subject.Event(Actor, Now, kind, summary, data);

    /// <summary>A document in the name of <paramref name="issuingUnitId"/>, the step's actor its handler.</summary>
    public CaseDocument Document(DocumentKind kind, string title, JsonObject content, long issuingUnitId) => Subject.Document(Now, kind, title, content, Actor, issuingUnitId);

    /// <summary>The unit that decides the case (<see cref="DocumentIssuing.DecidingUnitId"/>).</summary>
    public long DecidingUnitId => DocumentIssuing.DecidingUnitId(Case);
}
