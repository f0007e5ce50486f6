namespace CaseFlow.Domain.Calendar;

/// <summary>Calendar data that cannot be trusted; <see cref="Field"/> names the JSON field at fault.</summary>
public sealed class CalendarDataException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
