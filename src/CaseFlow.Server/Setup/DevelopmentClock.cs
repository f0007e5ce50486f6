using System.Globalization;

namespace CaseFlow.Server.Setup;

/// <summary>
/// Time travel for browser tests (README "Configuration", Development only): the domain clock is the system clock plus an
/// offset read from the file <c>Development:ClockFile</c> (a <see cref="TimeSpan"/>, e.g. <c>17.01:00:00</c>; missing or
/// empty: no offset), read again whenever the file changes, so a test moves the running server's domain time by writing
/// the file. Only the domain clock moves: sign-ins keep the system clock (docs/decisions.md, decision 15).
/// </summary>
public sealed class DevelopmentClock(string path) : TimeProvider
{
    private readonly Lock _gate = new();
    private (DateTime WrittenUtc, long Length) _seen;
    private TimeSpan _offset;

    public string FilePath { get; } = global::System.IO.Path.GetFullPath(path);

    /// <summary>The clock when <c>Development:ClockFile</c> is set in the Development environment; null otherwise (the system clock).</summary>
    public static DevelopmentClock? From(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsDevelopment() && configuration["Development:ClockFile"] is { Length: > 0 } file ? new DevelopmentClock(file) : null;

    public TimeSpan Offset
    {
        get
        {
            var info = new FileInfo(FilePath);
            var stamp = info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1L);
            lock (_gate)
            {
                if (stamp != _seen && Read(info) is { } offset)
                {
                    _offset = offset;
                    _seen = stamp;
                }
                return _offset;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    private static TimeSpan? Read(FileInfo info)
    {
        if (!info.Exists) return TimeSpan.Zero;
        string text;
        try
        {
            text = File.ReadAllText(info.FullName).Trim();
        }
        catch (IOException)
        {
            return null; // being written: the next call reads it again
        }
        if (text.Length == 0) return TimeSpan.Zero;
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : throw new FormatException($"Development:ClockFile {info.FullName} must hold a TimeSpan offset such as 17.01:00:00, not '{text}'.");
    }
}
