using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CityCrm.Conversations.Contacts.Profiles;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Portal;

/// <summary>
/// Signing in to the resident portal with a one-time code sent to an email or phone number the city knows. Codes
/// are random six-digit numbers kept only as hashes; each works once, for <see cref="ResidentSignInOptions.CodeLifetime"/>,
/// and for at most <see cref="ResidentSignInOptions.AttemptsPerCode"/> tries; only the newest code of an address works.
/// Requests are limited per address and per IP, and an unknown address is answered, and counted, exactly like a known
/// one: it only gets no code.
/// </summary>
public sealed class ResidentSignIn(
    IResidentCodeStore store, ResidentDirectory directory, ResidentCodeQueue queue, IOptions<ResidentSignInOptions> options,
    IOptions<ConversationOptions> conversationOptions, TimeProvider clock)
{
    /// <summary>How long request records are kept for the rate limits and for audit.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    private const string WrongCode = "The code is not right, or it has expired. Ask for a new code if you need one.";

    /// <summary>Checks the address and the limits, records the request and, for a known address, queues a code.</summary>
    public async Task<CodeRequestOutcome> RequestCodeAsync(string? rawAddress, string ip, string? language, CancellationToken cancellationToken)
    {
        string address;
        try
        {
            address = ResidentAddress.Read("address", rawAddress, conversationOptions.Value.DefaultRegion);
        }
        catch (ContactValidationException ex)
        {
            return CodeRequestOutcome.Invalid(ex.Field, ex.Reason);
        }
        var o = options.Value;
        var now = clock.GetUtcNow();
        var since = now - o.RequestWindow;
        var (addressKey, ipKey) = (Key("address", address), Key("ip", ip));
        var wait = Wait(await store.ListAddressRequestsAsync(addressKey, since, cancellationToken), o.RequestsPerAddress, o.RequestWindow, now)
            ?? Wait(await store.ListIpRequestsAsync(ipKey, since, cancellationToken), o.RequestsPerIp, o.RequestWindow, now);
        if (wait is { } retryAfter)
            return CodeRequestOutcome.Limited(retryAfter);

        await store.DeleteOlderThanAsync(now - Retention, cancellationToken);
        var target = await directory.FindAsync(address, cancellationToken);
        var code = target is null ? null : NewCode();
        await store.AddAsync(new ResidentCode
        {
            AddressKey = addressKey,
            IpKey = ipKey,
            ContactId = target?.ContactId,
            CodeHash = code is null ? null : Hash(addressKey, code),
            CreatedAt = now,
            ExpiresAt = now + o.CodeLifetime,
        }, cancellationToken);
        if (target is not null && code is not null)
            queue.Enqueue(new ResidentCodeDelivery(target, code, language is "es" ? "es" : "en"));
        return CodeRequestOutcome.Accepted;
    }

    /// <summary>Checks a typed code against the newest code of the address; a match signs the contact in and spends the code.</summary>
    public async Task<SignInOutcome> VerifyAsync(string? rawAddress, string? code, CancellationToken cancellationToken)
    {
        string address;
        try
        {
            address = ResidentAddress.Read("address", rawAddress, conversationOptions.Value.DefaultRegion);
        }
        catch (ContactValidationException)
        {
            return SignInOutcome.Refused(WrongCode);
        }
        var digits = code?.Trim() ?? "";
        var addressKey = Key("address", address);
        var latest = await store.FindLatestCodeAsync(addressKey, cancellationToken);
        if (latest is not { CodeHash: { } hash, ContactId: { } contactId } || latest.UsedAt is not null || clock.GetUtcNow() >= latest.ExpiresAt)
            return SignInOutcome.Refused(WrongCode);
        var attempts = await store.RecordAttemptAsync(latest.Id, cancellationToken);
        var max = options.Value.AttemptsPerCode;
        if (attempts > max)
            return SignInOutcome.Refused("Too many wrong codes: ask for a new code.", 0);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit) || !Matches(hash, Hash(addressKey, digits)))
            return SignInOutcome.Refused(WrongCode, max - attempts);
        return await store.MarkUsedAsync(latest.Id, clock.GetUtcNow(), cancellationToken)
            ? SignInOutcome.Success(contactId)
            : SignInOutcome.Refused(WrongCode);
    }

    /// <summary>A new six-digit code.</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The stored hash of a code for an address key.</summary>
    public static string Hash(string addressKey, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"code\n{addressKey}\n{code}")));

    /// <summary>The key an address or an IP is stored and counted under: what was typed is not kept.</summary>
    public static string Key(string kind, string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{value}")));

    private static bool Matches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));

    // Over the limit, the wait lasts until the oldest request in the window leaves it.
    private static TimeSpan? Wait(IReadOnlyList<DateTimeOffset> requests, int limit, TimeSpan window, DateTimeOffset now) =>
        requests.Count < limit ? null : requests[^limit] + window - now is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
}
