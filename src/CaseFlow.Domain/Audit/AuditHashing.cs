using System.Security.Cryptography;
using System.Text;

namespace CaseFlow.Domain.Audit;

/// <summary>Hashes of the stored bytes: hex of H(UTF-8(previous hash + payload)), with H named per event.</summary>
public static class AuditHashing
{
    public const string Sha256 = "SHA-256";

    /// <summary>The previous hash of a stream's first event.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Null for an algorithm this build does not know (the verifier reports it).</summary>
    public static string? Compute(string algorithm, string previousHash, string payload) => algorithm switch
    {
        Sha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + payload))),
        _ => null,
    };
}
