using System.Reflection;

namespace CaseFlow.Domain.Calendar;

/// <summary>
/// One year of the national (<see cref="Region"/> "") or a regional calendar, as published.
/// Dates are listed one by one (no ranges) so the file reads exactly like the notice it was checked against.
/// </summary>
public sealed record CalendarYearData(int Year, string Region, string Source, IReadOnlyList<DateOnly> DaysOff, IReadOnlyList<DateOnly> ExtraWorkdays)
{
    private const string ResourcePrefix = "CaseFlow.Domain.Calendar.Data.";

    private static readonly Lazy<IReadOnlyList<CalendarYearData>> ShippedYears = new(LoadShipped);

    /// <summary>Reads and checks one year; throws <see cref="CalendarDataException"/> naming the field at fault.</summary>
    public static CalendarYearData Parse(string json)
    {
        var year = CalendarYearJson.Read(json);
        CalendarYearRules.Check(year);
        return year;
    }

    public string ToJson() => CalendarYearJson.Write(this);

    /// <summary>The years that ship with the code (embedded <c>Calendar/Data/*.json</c>).</summary>
    public static IReadOnlyList<CalendarYearData> Shipped() => ShippedYears.Value;

    // Value equality over the lists too; the default record equality would compare the list references.
    public bool Equals(CalendarYearData? other) =>
        other is not null && Year == other.Year && Region == other.Region && Source == other.Source
        && DaysOff.SequenceEqual(other.DaysOff) && ExtraWorkdays.SequenceEqual(other.ExtraWorkdays);

    public override int GetHashCode() => HashCode.Combine(Year, Region, DaysOff.Count, ExtraWorkdays.Count);

    private static IReadOnlyList<CalendarYearData> LoadShipped()
    {
        var assembly = typeof(CalendarYearData).Assembly;
        var years = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Parse(ReadResource(assembly, n)))
            .ToArray();
        return years.AsReadOnly();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
