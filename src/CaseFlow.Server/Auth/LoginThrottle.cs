using System.Collections.Concurrent;

namespace CaseFlow.Server.Auth;

/// <summary>
/// Counts failed sign-ins per user name (case-insensitive, whether or not the user exists, so a lock tells nothing about
/// existence) and per client address, in memory: each process keeps its own counts. Time from the TimeProvider given
/// (authentication's clock, the system one — docs/decisions.md, decision 15); tests give a fake one.
/// </summary>
public sealed class LoginThrottle(TimeProvider time, LoginThrottleOptions options, ILogger<LoginThrottle> logger)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, AccountEntry> accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AddressEntry> addresses = new(StringComparer.Ordinal);

    public LoginThrottleOptions Options => options;

    /// <summary>The refusal if this attempt may not even be checked, else null.</summary>
    public LoginRefusal? Check(string userName, string address)
    {
        var now = time.GetUtcNow();
        if (addresses.TryGetValue(address, out var byAddress))
            lock (byAddress)
                if (byAddress.Failures >= options.AddressFailures && now < byAddress.WindowStart + options.AddressWindow)
                    return Refuse(userName, address, byAddress.WindowStart + options.AddressWindow - now,
                        $"This client address made {options.AddressFailures} failed sign-ins within {Describe(options.AddressWindow)}; try again after Retry-After seconds.");
        if (accounts.TryGetValue(Key(userName), out var byAccount))
            lock (byAccount)
                if (now < byAccount.LockedUntil)
                    return Refuse(userName, address, byAccount.LockedUntil - now,
                        $"This user name is locked after {byAccount.Failures} failed sign-ins in a row (from {options.AccountFailures} on, a lock of {Describe(options.AccountLock)} doubling up to {Describe(options.AccountLockMax)}); try again after Retry-After seconds.");
        return null;
    }

    public void Failed(string userName, string address)
    {
        var now = time.GetUtcNow();
        Prune(now);
        var byAccount = accounts.GetOrAdd(Key(userName), _ => new AccountEntry());
        lock (byAccount)
        {
            // Failures "in a row" are forgotten once the longest lock has passed since the last one.
            if (now - byAccount.LastFailure > options.AccountLockMax) byAccount.Failures = 0;
            byAccount.Failures++;
            byAccount.LastFailure = now;
            logger.LogWarning("Failed sign-in for {UserName} from {Address} ({Failures} in a row)", userName, address, byAccount.Failures);
            if (byAccount.Failures >= options.AccountFailures)
            {
                var doublings = Math.Min(byAccount.Failures - options.AccountFailures, 20);
                var lockFor = TimeSpan.FromTicks(Math.Min(options.AccountLock.Ticks << doublings, options.AccountLockMax.Ticks));
                byAccount.LockedUntil = now + lockFor;
                logger.LogWarning("Sign-in for {UserName} locked until {LockedUntil:O} after {Failures} failures in a row", userName, byAccount.LockedUntil, byAccount.Failures);
            }
        }
        var byAddress = addresses.GetOrAdd(address, _ => new AddressEntry { WindowStart = now });
        lock (byAddress)
        {
            if (now >= byAddress.WindowStart + options.AddressWindow) (byAddress.WindowStart, byAddress.Failures) = (now, 0);
            byAddress.Failures++;
            if (byAddress.Failures == options.AddressFailures)
                logger.LogWarning("Sign-ins from {Address} refused until {Until:O} after {Failures} failures", address, byAddress.WindowStart + options.AddressWindow, byAddress.Failures);
        }
    }

    /// <summary>A success ends the user name's run of failures (the address budget stays).</summary>
    public void Succeeded(string userName) => accounts.TryRemove(Key(userName), out _);

    private LoginRefusal Refuse(string userName, string address, TimeSpan wait, string detail)
    {
        logger.LogWarning("Sign-in for {UserName} from {Address} refused unchecked: {Detail}", userName, address, detail);
        return new LoginRefusal((int)Math.Ceiling(wait.TotalSeconds), detail);
    }

    private void Prune(DateTimeOffset now)
    {
        if (accounts.Count > PruneAbove)
            foreach (var (key, entry) in accounts)
                if (now - entry.LastFailure > options.AccountLockMax && now >= entry.LockedUntil) accounts.TryRemove(key, out _);
        if (addresses.Count > PruneAbove)
            foreach (var (key, entry) in addresses)
                if (now >= entry.WindowStart + options.AddressWindow) addresses.TryRemove(key, out _);
    }

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();

    private static string Describe(TimeSpan span) => span.TotalSeconds < 120 ? $"{span.TotalSeconds:0} s" : $"{span.TotalMinutes:0.#} min";

    private sealed class AccountEntry
    {
        public int Failures;
        public DateTimeOffset LastFailure;
        public DateTimeOffset LockedUntil;
    }

    private sealed class AddressEntry
    {
        public int Failures;
        public DateTimeOffset WindowStart;
    }
}

/// <summary>Why a sign-in attempt is refused before its password is checked, and for how many seconds.</summary>
public sealed record LoginRefusal(int RetryAfterSeconds, string Detail);
