using System.Text.Json.Nodes;

namespace CaseFlow.Workflows.Runtime;

public enum WorkflowStatus { Running, Finished, Faulted, Cancelled }

/// <summary><c>Merging</c>: parked at a Merge until a token has come from each path it waits for (decision 32).</summary>
public enum TokenStatus { Ready, Waiting, Faulted, Merging }

/// <summary>The whole runtime state of one instance; serialised as one JSON document by the host.</summary>
public sealed class WorkflowState
{
    public string InstanceId { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public string? Outcome { get; set; }
    public JsonObject Variables { get; set; } = new();
    public List<Token> Tokens { get; set; } = [];
    public List<Bookmark> Bookmarks { get; set; } = [];
    public List<ForkActivation> Forks { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];
    /// <summary>Activities executed at least once (return and withdraw may only go back to these).</summary>
    public List<string> Executed { get; set; } = [];

    public Bookmark? FindBookmark(string id) => Bookmarks.FirstOrDefault(b => b.Id == id);
    public Token? FindToken(string id) => Tokens.FirstOrDefault(t => t.Id == id);
}

public sealed class Token
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string ActivityId { get; set; } = "";
    public TokenStatus Status { get; set; } = TokenStatus.Ready;
    /// <summary>The activity this token last left (a Merge's waitFor counts arrivals by it).</summary>
    public string? Via { get; set; }
    /// <summary>Fork frames, outermost first: which Fork activation and branch this token runs in.</summary>
    public List<BranchFrame> Scope { get; set; } = [];

    public string? BranchId => Scope.Count > 0 ? Scope[^1].BranchId : null;
}

public sealed record BranchFrame(string ForkId, string ActivationId, string BranchId);

public sealed class ForkActivation
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string ForkId { get; set; } = "";
    public List<string> Branches { get; set; } = [];
    public List<string> Arrived { get; set; } = [];
    public bool Completed { get; set; }
}

public sealed class Bookmark
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string TokenId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string? CorrelationKey { get; set; }
    public DateTime? DueAtUtc { get; set; }
    public JsonObject? Payload { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? BranchId { get; set; }
}

public sealed class Incident
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string TokenId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Message { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

public enum JournalEvent { Started, Completed, Suspended, Resumed, Faulted, Cancelled, MovedBack }

public sealed record JournalEntry(
    string InstanceId, string TokenId, string ActivityId, string ActivityType, JournalEvent Event,
    string? Outcome, string? Message, string? Actor, DateTime AtUtc);

public sealed record RemovedBookmark(Bookmark Bookmark, string Reason, bool Completed);

/// <summary>What one step changed, for the host to persist in one transaction.</summary>
public sealed class RunResult
{
    public List<Bookmark> CreatedBookmarks { get; } = [];
    public List<RemovedBookmark> RemovedBookmarks { get; } = [];
    public List<JournalEntry> Journal { get; } = [];
    public List<Incident> CreatedIncidents { get; } = [];
    public List<string> ResolvedIncidents { get; } = [];
    public bool Finished { get; set; }
}
