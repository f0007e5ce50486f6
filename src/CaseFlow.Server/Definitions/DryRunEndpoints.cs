using System.Text.Json.Nodes;
using CaseFlow.Domain.Activities;
using CaseFlow.Domain.Common;
using CaseFlow.Workflows.Activities;
using CaseFlow.Workflows.Definitions;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Runtime;
using CaseFlow.Server.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using ValidationProblem = CaseFlow.Workflows.Definitions.ValidationProblem;

namespace CaseFlow.Server.Definitions;

/// <summary>A dry run: the draft, the outcome to take at each step (else its first port), variables, and the scratch case's fields for <c>case</c> expressions.</summary>
public sealed record DryRunRequest(WorkflowDefinition Definition, Dictionary<string, string>? Choices = null, JsonObject? Variables = null, JsonObject? Case = null);

public sealed record DryRunStep(int Index, string ActivityId, string ActivityType, string? Name, string Event, string? Outcome, string? Message);

public sealed record DryRunResult(string Status, IReadOnlyList<DryRunStep> Path, IReadOnlyList<string> Visited, IReadOnlyList<ValidationProblem> Problems, JsonObject Variables);

/// <summary>
/// 试运行 (designer): runs a draft with the real engine in memory against a scratch case and returns the path it takes.
/// Nothing is saved: case steps (办件 activities) are simulated by their ports, since they act on a stored case; flow steps
/// (decisions, forks, joins, variables) run for real, and every waiting step is resumed with the chosen outcome.
/// </summary>
public static class DryRunEndpoints
{
    private const int MaxResumes = 500;

    public static RouteHandlerBuilder MapDryRunEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/definitions/dry-run", DryRun)
            .WithName("DryRunDefinition")
            .WithSummary("试运行流程草稿")
            .WithTags("Definitions")
            .WithMetadata(BodyLimit.Definition)
            .RequireAuthorization();

    public static async Task<Ok<DryRunResult>> DryRun(DryRunRequest request, ActivityRegistry registry, ExpressionEvaluator expressions, DefinitionValidator validator, DomainClock clock, CancellationToken ct)
    {
        var definition = request.Definition ?? throw new DomainValidationException("definition", "A dry run needs the definition to run.");
        var problems = validator.Validate(definition);
        if (problems.Count > 0)
            return TypedResults.Ok(new DryRunResult("invalid", [], [], problems, new JsonObject()));
        foreach (var (nodeId, port) in request.Choices ?? [])
        {
            var node = definition.FindActivity(nodeId) ?? throw new DomainValidationException($"choices.{nodeId}", $"The definition has no activity '{nodeId}'.");
            if (registry.Find(node.Type)?.PortsFor(node) is { } ports && !ports.Contains(port))
                throw new DomainValidationException($"choices.{nodeId}", $"'{nodeId}' has no port '{port}'; its ports are: {string.Join(", ", ports)}.");
        }

        var simulated = new ActivityRegistry(registry.Descriptors.Select(d => registry.Get(d.Type))
            .Select(a => a is CaseActivity ? new SimulatedCaseStep(a, request.Choices) : a));
        var runner = new WorkflowRunner(simulated, expressions, clock.Time);
        var state = runner.NewInstance(definition, request.Variables, instanceId: "dry-run");
        var scratch = request.Case ?? new JsonObject();
        var options = new RunOptions { Actor = "dry-run", SubjectSnapshot = () => (JsonObject)scratch.DeepClone(), CancellationToken = ct };
        var journal = new List<JournalEntry>();

        journal.AddRange((await runner.StartAsync(definition, state, options)).Journal);
        for (var resumes = 0; state.Status == WorkflowStatus.Running && state.Bookmarks.Count > 0 && resumes < MaxResumes; resumes++)
        {
            var bookmark = state.Bookmarks[0];
            var node = definition.FindActivity(bookmark.ActivityId)!;
            var ports = registry.Find(node.Type)?.PortsFor(node);
            var outcome = request.Choices?.GetValueOrDefault(node.Id) ?? ports?.FirstOrDefault() ?? Connection.DefaultPort;
            try
            {
                journal.AddRange((await runner.ResumeAsync(definition, state, bookmark.Id, new ResumeInput(outcome, Actor: "dry-run"), options)).Journal);
            }
            catch (WorkflowInputException e)
            {
                throw new DomainValidationException($"choices.{node.Id}", e.Message);
            }
        }

        var status = state.Incidents.Count > 0 ? "faulted" : state.Status == WorkflowStatus.Finished ? "finished" : state.Bookmarks.Count > 0 ? "waiting" : state.Status.ToString().ToLowerInvariant();
        var path = journal.Select((j, i) => new DryRunStep(i + 1, j.ActivityId, j.ActivityType, definition.FindActivity(j.ActivityId)?.Name, j.Event.ToString(), j.Outcome, j.Message)).ToList();
        return TypedResults.Ok(new DryRunResult(status, path, journal.Select(j => j.ActivityId).Distinct().ToList(), [], state.Variables));
    }

    /// <summary>A case step in a dry run: takes the chosen port (or its first) without touching a case.</summary>
    private sealed class SimulatedCaseStep(Activity real, IReadOnlyDictionary<string, string>? choices) : Activity
    {
        public override ActivityDescriptor Descriptor => real.Descriptor;

        public override IReadOnlyList<string>? PortsFor(ActivityNode node) => real.PortsFor(node);

        public override IEnumerable<string> ValidateProps(ActivityNode node) => real.ValidateProps(node);

        public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
        {
            var chosen = choices?.GetValueOrDefault(context.Node.Id);
            return ValueTask.FromResult(ActivityResult.Done(chosen ?? PortsFor(context.Node)?.FirstOrDefault() ?? Connection.DefaultPort));
        }
    }
}
