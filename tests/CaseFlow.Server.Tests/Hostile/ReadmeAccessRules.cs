using System.Text.Json.Nodes;

namespace CaseFlow.Server.Tests.Hostile;

/// <summary>The org tree of samples/org/*.json: which unit lies in which unit's subtree (a role held in a unit counts in its whole subtree).</summary>
public sealed class OrgTree
{
    private readonly Dictionary<string, string?> _parents = [];

    public OrgTree(string repoRoot)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(repoRoot, "samples", "org"), "*.json"))
            Add(JsonNode.Parse(File.ReadAllText(file))!.AsObject(), null);
    }

    private void Add(JsonObject unit, string? parent)
    {
        var code = unit["code"]!.GetValue<string>();
        _parents[code] = parent;
        foreach (var child in unit["children"]?.AsArray() ?? []) Add(child!.AsObject(), code);
    }

    /// <summary>Whether <paramref name="unit"/> lies in the subtree of <paramref name="top"/> (itself included).</summary>
    public bool Covers(string top, string unit)
    {
        for (string? at = unit; at is not null; at = _parents.GetValueOrDefault(at))
            if (at == top) return true;
        return false;
    }
}

/// <summary>A signed-in user of the matrix with the memberships the test gave it (or the demo file states).</summary>
public sealed record MatrixActor(string Name, HttpClient Client, (string Unit, string Role)[] Memberships)
{
    public bool IsAdmin => Memberships.Any(m => m.Role == "admin");

    public bool HasRole(string role) => Memberships.Any(m => m.Role == role);
}

/// <summary>A task of a matrix case: its id, org unit (code) and role.</summary>
public sealed record MatrixTask(long Id, string Unit, string Role);

/// <summary>A case of the matrix: its parties as the README names them (intake window, home department once pushed) and its open task.</summary>
public sealed record MatrixCase(string Name, long Id, string IntakeWindow, string? HomeDepartment, MatrixTask OpenTask, IReadOnlyList<MatrixTask> Tasks,
    bool DecidedAtWindow = false);

/// <summary>What the README says an answer must be: the act is allowed (2xx or a 4xx about the input or the state), 403 naming a role, or 404.</summary>
public sealed record Expected(string Kind, string? Role = null)
{
    public static readonly Expected Allowed = new("allowed");
    public static readonly Expected NotFound = new("404");

    public static Expected Forbidden(string role) => new("403", role);

    public override string ToString() => Kind == "403" ? $"403 naming '{Role}'" : Kind;
}

/// <summary>
/// README "Who may see and do what", written as code for the matrix (not taken from the server): seeing, and each act's
/// role. The server's own policy (src/CaseFlow.Domain/Access/AccessPolicy.cs) is what the matrix checks against this.
/// </summary>
public sealed class ReadmeAccessRules(OrgTree tree)
{
    private bool Sees(MatrixActor actor, string unit) => actor.Memberships.Any(m => tree.Covers(m.Unit, unit));

    public bool HasRoleOver(MatrixActor actor, string role, string unit) => actor.Memberships.Any(m => m.Role == role && tree.Covers(m.Unit, unit));

    /// <summary>A case is visible when the actor's subtrees hold its intake window, its home department (once pushed) or a unit
    /// holding a task on it; admins see everything.</summary>
    public bool SeesCase(MatrixActor actor, MatrixCase @case) =>
        actor.IsAdmin || Sees(actor, @case.IntakeWindow) || (@case.HomeDepartment is { } home && Sees(actor, home)) || @case.Tasks.Any(t => Sees(actor, t.Unit));

    /// <summary>A task is visible where its own unit lies in the actor's subtrees, or its case is visible.</summary>
    public bool SeesTask(MatrixActor actor, MatrixCase @case, MatrixTask task) => actor.IsAdmin || Sees(actor, task.Unit) || SeesCase(actor, @case);

    public Expected CaseRead(MatrixActor actor, MatrixCase @case) => SeesCase(actor, @case) ? Expected.Allowed : Expected.NotFound;

    public Expected TaskRead(MatrixActor actor, MatrixCase @case) => SeesTask(actor, @case, @case.OpenTask) ? Expected.Allowed : Expected.NotFound;

    /// <summary>Claim, release, complete, transfer, return: the task's role over its unit.</summary>
    public Expected TaskAct(MatrixActor actor, MatrixCase @case) =>
        !SeesTask(actor, @case, @case.OpenTask) ? Expected.NotFound
        : HasRoleOver(actor, @case.OpenTask.Role, @case.OpenTask.Unit) ? Expected.Allowed : Expected.Forbidden(@case.OpenTask.Role);

    /// <summary>Whoever may open a task may comment on it.</summary>
    public Expected Comment(MatrixActor actor, MatrixCase @case) => TaskRead(actor, @case);

    /// <summary>催办: the supervisor role over the task's unit.</summary>
    public Expected Urge(MatrixActor actor, MatrixCase @case) =>
        !SeesTask(actor, @case, @case.OpenTask) ? Expected.NotFound
        : HasRoleOver(actor, "supervisor", @case.OpenTask.Unit) ? Expected.Allowed : Expected.Forbidden("supervisor");

    /// <summary>Supplement and delivery confirmation: a clerk of the intake window.</summary>
    public Expected WindowAct(MatrixActor actor, MatrixCase @case) =>
        !SeesCase(actor, @case) ? Expected.NotFound
        : HasRoleOver(actor, "clerk", @case.IntakeWindow) ? Expected.Allowed : Expected.Forbidden("clerk");

    /// <summary>
    /// Clock stops and the extension: the approver role over the deciding unit — the home department, or the intake window
    /// for a case decided there (就地批办, and 即办 items). Before the push a case decided at its home department has no
    /// deciding unit yet, so nobody holds that role over it (the window's approvers are not its deciding side).
    /// </summary>
    public Expected ClockAct(MatrixActor actor, MatrixCase @case, string? extensionRole = null) =>
        !SeesCase(actor, @case) ? Expected.NotFound
        : (@case.DecidedAtWindow ? @case.IntakeWindow : @case.HomeDepartment) is not { } deciding || !HasRoleOver(actor, "approver", deciding) ? Expected.Forbidden("approver")
        : extensionRole is not null && !actor.HasRole(extensionRole) ? Expected.Forbidden(extensionRole) : Expected.Allowed;

    /// <summary>Users, org units, rights, calendars, incidents and the system audit trails are for admins alone.</summary>
    public static Expected AdminOnly(MatrixActor actor) => actor.IsAdmin ? Expected.Allowed : Expected.Forbidden("admin");

    /// <summary>Definition drafts and publishing: the designer role (admins only through the roles they hold).</summary>
    public static Expected Designer(MatrixActor actor) => actor.HasRole("designer") ? Expected.Allowed : Expected.Forbidden("designer");

    /// <summary>The outbox: admins, and supervisors (the messages of the cases they see).</summary>
    public static Expected Outbox(MatrixActor actor) => actor.IsAdmin || actor.HasRole("supervisor") ? Expected.Allowed : Expected.Forbidden("supervisor");

    /// <summary>Reports: supervisors (over what they supervise) and admins; anyone else 403 naming the role.</summary>
    public static Expected Reports(MatrixActor actor) => actor.IsAdmin || actor.HasRole("supervisor") ? Expected.Allowed : Expected.Forbidden("supervisor");

    /// <summary>A case's open steps for 催办 from a report list: admins; supervisors whose subtrees hold one of its units, else 404; anyone else 403.</summary>
    public Expected SupervisedCase(MatrixActor actor, MatrixCase @case) =>
        actor.IsAdmin ? Expected.Allowed
        : !actor.HasRole("supervisor") ? Expected.Forbidden("supervisor")
        : new[] { @case.IntakeWindow, @case.HomeDepartment }.Concat(@case.Tasks.Select(t => t.Unit)).OfType<string>().Any(u => HasRoleOver(actor, "supervisor", u))
            ? Expected.Allowed : Expected.NotFound;

    /// <summary>Applying: a clerk of the window itself.</summary>
    public static Expected Apply(MatrixActor actor) => actor.Memberships.Any(m => m.Role == "clerk") ? Expected.Allowed : Expected.Forbidden("clerk");
}
