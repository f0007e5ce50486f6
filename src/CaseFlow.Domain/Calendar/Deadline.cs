namespace CaseFlow.Domain.Calendar;

/// <summary>
/// A computed deadline. <see cref="DueDate"/> is the last day for day limits (null for hour limits);
/// <see cref="DueAtUtc"/> is the instant the deadline is missed (for day limits the local midnight that ends the due date);
/// <see cref="OnFallback"/> says some day on the way lies in a year without calendar data, so plain Mon–Fri was assumed.
/// </summary>
public sealed record Deadline(DateOnly? DueDate, DateTime DueAtUtc, bool OnFallback);
