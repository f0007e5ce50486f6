using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Catalog;
using CaseFlow.Domain.Documents;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>Base of the case activities: the step's case, item, DbContext and a way to write the timeline and documents.</summary>
public abstract class CaseActivity : Activity
{
    public const string Category = "办件";

    protected static CaseStep Step(ActivityContext context) => new(context);

    protected static ActivityDescriptor Describe(string type, string displayName, string description, string[] ports, params PropDescriptor[] props) =>
        new(type, displayName, Category, description, ports, props);

    /// <summary>A step that becomes an inbox task: it also carries its own limit and escalation policy.</summary>
    protected static ActivityDescriptor DescribeTask(string type, string displayName, string description, string[] ports, params PropDescriptor[] props) =>
        new(type, displayName, Category, description, ports, [.. props, .. PropDescriptor.StepTimekeeping()]);

    /// <summary>Reads a required string from the resume data, or refuses the step naming the field.</summary>
    protected static string RequireText(ResumeInput input, string field, string rule)
    {
        var value = input.Data?[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
        return string.IsNullOrEmpty(value) ? throw new WorkflowInputException(field, rule) : value;
    }

    protected static string? OptionalText(ResumeInput input, string field) =>
        input.Data?[field] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}

public readonly struct CaseStep(ActivityContext context)
{
    public Case Case => context.Subject as Case ?? throw new InvalidOperationException($"'{context.Node.Type}' runs only on a case.");
    public ServiceItem Item => Case.ServiceItem ?? throw new InvalidOperationException("The case's service item is not loaded.");
    public CaseFlowDbContext Db => context.GetService<CaseFlowDbContext>();
    public DateTime Now => context.UtcNow;
    public string Actor => context.Actor ?? "system";

    public void Event(string kind, string summary, JsonObject? data = null) =>
        Db.CaseEvents.Add(new CaseEvent { Case = Case, CaseId = Case.Id, AtUtc = Now, Actor = Actor, Kind = kind, Summary = summary, DataJson = data?.ToJsonString() });

    public CaseDocument Document(DocumentKind kind, string title, JsonObject content)
    {
        content["caseNo"] = Case.CaseNo;
        content["itemName"] = Case.ItemName;
        content["applicant"] = Case.Applicant.Name;
        content["issuedAt"] = Now.ToString("O");
        var document = CaseDocument.Create(Case, kind, title, content, Now);
        Db.Documents.Add(document);
        return document;
    }
}
