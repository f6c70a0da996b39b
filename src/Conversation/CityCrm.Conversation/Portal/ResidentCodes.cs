using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Portal;

/// <summary>
/// The portal's one-time codes, for signing in and for confirming an address: random six-digit numbers kept only as
/// keyed hashes; each works once, for <see cref="ResidentSignInOptions.CodeLifetime"/>, for at most
/// <see cref="ResidentSignInOptions.AttemptsPerCode"/> tries, and only the newest code of an address key works.
/// Requests are limited per address key and per IP.
/// </summary>
public sealed class ResidentCodes(IResidentCodeStore store, ResidentHashKey hashKey, IOptions<ResidentSignInOptions> options, TimeProvider clock)
{
    /// <summary>How long request records are kept for the rate limits and for audit.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    /// <summary>The answer to a wrong, spent or expired code: it never says which.</summary>
    public const string WrongCode = "The code is not right, or it has expired. Ask for a new code if you need one.";

    /// <summary>The key an address or an IP is stored and counted under: what was typed is not kept.</summary>
    public string Key(string kind, string value) => hashKey.Hash($"{kind}\n{value}");

    /// <summary>The stored hash of a code for an address key.</summary>
    public string Hash(string addressKey, string code) => hashKey.Hash($"code\n{addressKey}\n{code}");

    /// <summary>How long to wait when the address key or the IP key asked too often; null when a request may go ahead.</summary>
    public async Task<TimeSpan?> LimitAsync(string addressKey, string ipKey, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var since = now - o.RequestWindow;
        return Wait(await store.ListAddressRequestsAsync(addressKey, since, cancellationToken), o.RequestsPerAddress, o.RequestWindow, now)
            ?? Wait(await store.ListIpRequestsAsync(ipKey, since, cancellationToken), o.RequestsPerIp, o.RequestWindow, now);
    }

    /// <summary>Records a request; for a contact it carries a new code, returned to be sent (null otherwise).</summary>
    public async Task<string?> IssueAsync(string addressKey, string ipKey, string? contactId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await store.DeleteOlderThanAsync(now - Retention, cancellationToken);
        var code = contactId is null ? null : NewCode();
        await store.AddAsync(new ResidentCode
        {
            AddressKey = addressKey,
            IpKey = ipKey,
            ContactId = contactId,
            CodeHash = code is null ? null : Hash(addressKey, code),
            CreatedAt = now,
            ExpiresAt = now + options.Value.CodeLifetime,
        }, cancellationToken);
        return code;
    }

    /// <summary>
    /// Checks a typed code against the newest code of the address key, and spends it when it matches. With
    /// <paramref name="contactId"/>, only a code issued to that contact counts.
    /// </summary>
    public async Task<SignInOutcome> CheckAsync(string addressKey, string? code, string? contactId, CancellationToken cancellationToken)
    {
        var digits = code?.Trim() ?? "";
        var latest = await store.FindLatestCodeAsync(addressKey, cancellationToken);
        if (latest is not { CodeHash: { } hash, ContactId: { } owner } || latest.UsedAt is not null || clock.GetUtcNow() >= latest.ExpiresAt
            || (contactId is not null && owner != contactId))
            return SignInOutcome.Refused(WrongCode);
        var attempts = await store.RecordAttemptAsync(latest.Id, cancellationToken);
        var max = options.Value.AttemptsPerCode;
        if (attempts > max)
            return SignInOutcome.Refused("Too many wrong codes: ask for a new code.", 0);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit) || !Matches(hash, Hash(addressKey, digits)))
            return SignInOutcome.Refused(WrongCode, max - attempts);
        return await store.MarkUsedAsync(latest.Id, clock.GetUtcNow(), cancellationToken)
            ? SignInOutcome.Success(owner)
            : SignInOutcome.Refused(WrongCode);
    }

    /// <summary>A new six-digit code.</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    private static bool Matches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));

    // Over the limit, the wait lasts until the oldest request in the window leaves it.
    private static TimeSpan? Wait(IReadOnlyList<DateTimeOffset> requests, int limit, TimeSpan window, DateTimeOffset now) =>
        requests.Count < limit ? null : requests[^limit] + window - now is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
}
