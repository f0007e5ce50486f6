namespace CaseFlow.Domain.Common;

/// <summary>
/// The clock the domain reads (docs/decisions.md, decision 15). Tests swap its TimeProvider for a fake one to walk weeks of deadlines,
/// while sign-ins keep the system clock.
/// </summary>
public sealed class DomainClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;
    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    /// <summary>Service centres keep China time; case numbers and notices use its calendar date.</summary>
    public static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public DateOnly TodayInChina => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, ChinaTime));
}

/// <summary>Rows whose concurrent updates must not both win (docs/decisions.md, decision 13: application-managed integer versions).</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>A change the rules do not allow (a status transition, a task no longer open); the API answers 409.</summary>
public sealed class DomainConflictException(string message) : Exception(message);

/// <summary>Bad input for a domain operation: names the field and the rule; the API answers 400 and nothing changes.</summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors, string? title = null)
    : Exception(title ?? string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public DomainValidationException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] }) { }
}

/// <summary>The thing asked for does not exist, or is not visible to the caller (404).</summary>
public sealed class DomainNotFoundException(string message) : Exception(message);

/// <summary>The caller may not do this (403); names the missing role or right (a missing window right: <c>Rights.MissingRightException</c>).</summary>
public class DomainForbiddenException(string message) : Exception(message);
