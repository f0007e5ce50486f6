using System.Security.Cryptography;
using System.Text;
using CaseFlow.Domain.Common;

namespace CaseFlow.Domain.Ratings;

/// <summary>
/// A one-time 6-digit code sent by SMS to the applicant's phone, the proof an online rater is the applicant. Only a salted
/// hash is stored; it expires, allows a few tries, and a newer code or its use ends it. Not audited: it holds a secret.
/// </summary>
public sealed class RatingCode : IVersioned
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public string Salt { get; private set; } = "";
    public string Hash { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public int FailedTries { get; private set; }
    /// <summary>Used, superseded by a newer code, or out of tries.</summary>
    public DateTime? EndedAtUtc { get; private set; }
    public int Version { get; set; }

    /// <summary>A fresh code for the case; the plain code is returned once, for the SMS, and never stored.</summary>
    public static (RatingCode Code, string Plain) Issue(Cases.Case @case, DateTime now, TimeSpan lifetime)
    {
        var plain = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return (new RatingCode { Case = @case, CaseId = @case.Id, Salt = salt, Hash = HashOf(salt, plain), CreatedAtUtc = now, ExpiresAtUtc = now + lifetime }, plain);
    }

    public bool IsLive(DateTime now, int maxTries) => EndedAtUtc is null && now < ExpiresAtUtc && FailedTries < maxTries;

    /// <summary>Whether <paramref name="plain"/> is this code; a wrong one counts a try and ends the code at the last.</summary>
    public bool TryUse(string? plain, DateTime now, int maxTries)
    {
        var given = Encoding.UTF8.GetBytes(HashOf(Salt, plain ?? ""));
        if (CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(Hash)))
        {
            EndedAtUtc = now;
            return true;
        }
        FailedTries++;
        if (FailedTries >= maxTries) EndedAtUtc = now;
        return false;
    }

    public void End(DateTime now) => EndedAtUtc ??= now;

    private static string HashOf(string salt, string plain) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + plain)));
}
