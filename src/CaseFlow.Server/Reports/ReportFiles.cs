using System.Text;
using CaseFlow.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace CaseFlow.Server.Reports;

public enum ReportFileFormat { Csv, Xlsx }

/// <summary>
/// A report table as a file. XLSX (MiniExcel): sheet 报表 with the Chinese headers, sheet 说明 with the report, its filters,
/// when it was computed and for whom. CSV (UTF-8 with BOM, for Excel): the same 说明 lines first, a blank line, then the table.
/// Personal data is already masked in the rows (Masking helpers, Domain/Common).
/// </summary>
public static class ReportFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static ReportFileFormat Format(string? format) => (format ?? "xlsx").ToLowerInvariant() switch
    {
        "xlsx" => ReportFileFormat.Xlsx,
        "csv" => ReportFileFormat.Csv,
        _ => throw new DomainValidationException("format", "An export is csv or xlsx."),
    };

    public static FileContentHttpResult Write(ReportTable table, ReportFileFormat format, string computedFor)
    {
        var about = About(table, computedFor);
        var stamp = $"{table.Filter.From:yyyyMMdd}-{table.Filter.To:yyyyMMdd}";
        if (format == ReportFileFormat.Csv)
            return TypedResults.File(Csv(table, about), "text/csv; charset=utf-8", $"{table.Name}-{stamp}.csv");
        using var stream = new MemoryStream();
        var sheets = new Dictionary<string, object>
        {
            ["报表"] = table.Rows.Select(row => Row(table.Headers, row)).ToList(),
            ["说明"] = about.Select(line => new Dictionary<string, object?> { ["项目"] = line.Name, ["内容"] = line.Value }).ToList(),
        };
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
        return TypedResults.File(stream.ToArray(), XlsxType, $"{table.Name}-{stamp}.xlsx");
    }

    private static List<(string Name, string Value)> About(ReportTable table, string computedFor)
    {
        var computedAt = TimeZoneInfo.ConvertTimeFromUtc(table.Filter.ComputedAtUtc, DomainClock.ChinaTime);
        return [("报表", table.Title), .. table.Filter.Describe(), ("生成时间", computedAt.ToString("yyyy-MM-dd HH:mm:ss") + "（北京时间）"), ("生成人", computedFor)];
    }

    private static Dictionary<string, object?> Row(IReadOnlyList<string> headers, object?[] values)
    {
        var row = new Dictionary<string, object?>();
        for (var i = 0; i < headers.Count; i++) row[headers[i]] = values[i];
        return row;
    }

    private static byte[] Csv(ReportTable table, List<(string Name, string Value)> about)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in about) text.Append(Cell(name)).Append(',').Append(Cell(value)).Append("\r\n");
        text.Append("\r\n").AppendJoin(',', table.Headers.Select(Cell)).Append("\r\n");
        foreach (var row in table.Rows) text.AppendJoin(',', row.Select(v => Cell(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula.</summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '@' || (value[0] == '-' && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
