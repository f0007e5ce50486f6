using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Domain.Common;
using CaseFlow.Domain.Rights;
using CaseFlow.Workflows.Runtime;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Server.Setup;

/// <summary>Every error is an RFC 9457 problem with a stable type; a busy SQLite database is a 503 with Retry-After, never a 500.</summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public const string TypePrefix = "urn:caseflow:problem:";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, kind, title) = exception switch
        {
            DomainValidationException => (400, "validation", "The request is not valid."),
            RequestTooLargeException or BadHttpRequestException { StatusCode: 413 } => (413, "too-large", "The request is too large."),
            BadHttpRequestException => (400, "bad-request", "The request could not be read."),
            DomainNotFoundException => (404, "not-found", "Not found."),
            DomainForbiddenException => (403, "forbidden", "You may not do this."),
            DomainConflictException or WorkflowStateException or DbUpdateConcurrencyException => (409, "conflict", "The request conflicts with the current state."),
            _ when IsBusy(exception) => (503, "busy", "The database is busy; try again shortly."),
            // Two requests creating the same thing at once: the unique index decides, the loser is told, never a 500.
            DbUpdateException when IsUniqueViolation(exception) => (409, "conflict", "Something with the same key already exists."),
            _ => (500, "internal", "An unexpected error occurred."),
        };
        if (status == 500) log.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        var details = new ProblemDetails
        {
            Status = status,
            Type = TypePrefix + kind,
            Title = title,
            Detail = status == 500 ? null
                : exception is DbUpdateConcurrencyException ? "Someone else changed this first."
                : exception is DbUpdateException ? "Another request created the same thing (a user name, a code, a number) first." : exception.Message,
        };
        if (exception is RequestTooLargeException tooLarge) details.Extensions["limit"] = tooLarge.Limit;
        if (exception is DomainValidationException validation) details.Extensions["errors"] = validation.Errors;
        if (exception is BadHttpRequestException { InnerException: System.Text.Json.JsonException json })
            details.Extensions["errors"] = new Dictionary<string, string[]> { [JsonField(json.Path)] = [json.Message] };
        else if (exception is BadHttpRequestException { StatusCode: 400 } bad && BoundParameter().Match(bad.Message) is { Success: true } parameter)
            details.Extensions["errors"] = new Dictionary<string, string[]> { [JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value)] = [bad.Message] };
        if (exception is MissingRightException missing)
        {
            // The window right the act needs (WindowRightKind name), its Chinese name, and where it was missing.
            details.Extensions["right"] = missing.Right.ToString();
            details.Extensions["rightName"] = WindowRight.Describe(missing.Right);
            details.Extensions["window"] = missing.WindowCode;
            details.Extensions["implementationCode"] = missing.ImplementationCode;
        }
        if (status == 503) context.Response.Headers.RetryAfter = "1";
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    /// <summary>The parameter a route, query or header value failed to bind to: <c>Failed to bind parameter "SlaLevel? Level" from "x".</c></summary>
    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)""")]
    private static partial Regex BoundParameter();

    /// <summary>The JSON path of the first bad token, without its root (<c>$.applicant.name</c> → <c>applicant.name</c>).</summary>
    private static string JsonField(string? path) => path is null or "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static bool IsUniqueViolation(Exception exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == "23505",
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    private static bool IsBusy(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 } || exception.InnerException is { } inner && IsBusy(inner);
}
