using System.Text.Json.Nodes;
using CaseFlow.Domain.Cases;
using CaseFlow.Domain.Documents;
using CaseFlow.Workflows.Activities;

namespace CaseFlow.Domain.Activities;

/// <summary>办结即归档: an archive package of every document with its hash.</summary>
public sealed class ArchiveActivity : CaseActivity
{
    public override ActivityDescriptor Descriptor { get; } = Describe("Archive", "归档", "Archives the case with its documents' hashes.", ["done"]);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = Step(context);
        var documents = (await step.Subject.DocumentsAsync(step.Cancellation))
            .Select(d => (JsonNode)new JsonObject { ["kind"] = d.Kind.ToString(), ["title"] = d.Title, ["sha256"] = d.Sha256 }).ToArray();
        step.Case.Archive(step.Now);
        var package = step.Document(DocumentKind.ArchivePackage, "归档包", new JsonObject
        {
            ["outcome"] = step.Case.Outcome.ToString(),
            ["trips"] = step.Case.Trips,
            ["documents"] = new JsonArray(documents),
        }, step.DecidingUnitId);
        step.Event("archived", $"办结归档（{Outcomes.Describe(step.Case.Outcome)}）", new JsonObject { ["packageSha256"] = package.Sha256 });
        return ActivityResult.Done();
    }
}
