using System.Security.Cryptography;
using System.Text;

namespace CaseFlow.Domain.Audit;

/// <summary>
/// The HMAC key that signs chain heads (docs/decisions.md, decision 18). It lives outside the database, so whoever can rewrite the
/// database cannot forge a head after deleting or rewriting the tail of a chain.
/// </summary>
public sealed class AuditKey
{
    public const int MinimumBytes = 32;

    private readonly byte[] _key;

    public AuditKey(byte[] key)
    {
        if (key.Length < MinimumBytes) throw new ArgumentException($"The audit key must have at least {MinimumBytes} bytes; it has {key.Length}.", nameof(key));
        _key = key.ToArray();
    }

    public static AuditKey FromBase64(string base64)
    {
        try
        {
            return new AuditKey(Convert.FromBase64String(base64.Trim()));
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("The audit key is not valid base64.", nameof(base64), ex);
        }
    }

    /// <summary>For tools and benchmarks whose chains do not outlive the process.</summary>
    public static AuditKey CreateEphemeral() => new(RandomNumberGenerator.GetBytes(MinimumBytes));

    /// <summary>
    /// Reads the key file (base64 text), or creates it with 32 random bytes, readable by the owner only where the platform
    /// has Unix permissions. Two processes starting together both end up with the file the first one wrote.
    /// </summary>
    public static AuditKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            try
            {
                using var writer = new StreamWriter(path, Encoding.ASCII, options);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Someone else created it first: use theirs.
            }
        }
        return FromBase64(File.ReadAllText(path));
    }

    /// <summary>Hex HMAC-SHA256 over "{stream}|{sequence}|{hash}".</summary>
    public string Sign(string stream, long sequence, string hash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{stream}|{sequence}|{hash}")));

    public bool Verifies(string stream, long sequence, string hash, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(stream, sequence, hash)), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
}
