using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CaseFlow.Domain.Calendar;

/// <summary>The JSON form of <see cref="CalendarYearData"/>; shape errors only, the calendar rules live in <see cref="CalendarYearRules"/>.</summary>
internal static class CalendarYearJson
{
    private const string DateFormat = "yyyy-MM-dd";

    // Keeps the Chinese source text readable in the file instead of \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static CalendarYearData Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try { document = JsonDocument.Parse(json); }
        catch (JsonException e) { throw new CalendarDataException("json", $"Calendar data is not valid JSON: {e.Message}"); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new CalendarDataException("json", "Calendar data must be a JSON object.");
            int? year = null;
            string region = "", source = "";
            IReadOnlyList<DateOnly>? daysOff = null, extraWorkdays = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (!seen.Add(property.Name)) throw new CalendarDataException(property.Name, $"Field '{property.Name}' appears twice.");
                switch (property.Name)
                {
                    case "year": year = ReadYear(property.Value); break;
                    case "region": region = ReadString(property); break;
                    case "source": source = ReadString(property); break;
                    case "daysOff": daysOff = ReadDates(property); break;
                    case "extraWorkdays": extraWorkdays = ReadDates(property); break;
                    // Unknown fields are refused so a typo (or a range field) cannot silently drop days.
                    default: throw new CalendarDataException(property.Name, $"Unknown field '{property.Name}'.");
                }
            }
            return new CalendarYearData(
                year ?? throw new CalendarDataException("year", "The year is missing."),
                region,
                source,
                daysOff ?? throw new CalendarDataException("daysOff", "The list of days off (放假) is missing; write [] if there are none."),
                extraWorkdays ?? throw new CalendarDataException("extraWorkdays", "The list of make-up workdays (调休上班) is missing; write [] if there are none."));
        }
    }

    public static string Write(CalendarYearData year)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", year.Year);
            writer.WriteString("region", year.Region);
            writer.WriteString("source", year.Source);
            WriteDates(writer, "daysOff", year.DaysOff);
            WriteDates(writer, "extraWorkdays", year.ExtraWorkdays);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static int ReadYear(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year)
            ? year
            : throw new CalendarDataException("year", "The year must be a whole number.");

    private static string ReadString(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.String
            ? property.Value.GetString()!
            : throw new CalendarDataException(property.Name, $"Field '{property.Name}' must be a string.");

    private static IReadOnlyList<DateOnly> ReadDates(JsonProperty property)
    {
        if (property.Value.ValueKind != JsonValueKind.Array)
            throw new CalendarDataException(property.Name, $"Field '{property.Name}' must be a list of dates.");
        var dates = new List<DateOnly>();
        foreach (var item in property.Value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(item.GetString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new CalendarDataException(property.Name, $"'{item}' in '{property.Name}' is not a single date {DateFormat} (ranges are not allowed).");
            dates.Add(date);
        }
        return dates.AsReadOnly();
    }

    private static void WriteDates(Utf8JsonWriter writer, string name, IReadOnlyList<DateOnly> dates)
    {
        writer.WriteStartArray(name);
        foreach (var date in dates) writer.WriteStringValue(date.ToString(DateFormat, CultureInfo.InvariantCulture));
        writer.WriteEndArray();
    }
}
