using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Runtime;

/// <summary>What the host lends one step: the subject the instance runs for (activities that need it cast it to their host's type) and who acts.</summary>
public sealed class RunOptions
{
    public object? Subject { get; init; }
    /// <summary>A JSON snapshot of the subject for expressions (<c>case</c>); taken fresh for each evaluation.</summary>
    public Func<JsonObject>? SubjectSnapshot { get; init; }
    public string? Actor { get; init; }
    public CancellationToken CancellationToken { get; init; }
}
