using System.Security.Cryptography;
using System.Text;
using CityCrm.Conversations.Portal;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Tests.Portal;

/// <summary>Portal codes and addresses are hashed with a server secret kept in the data folder (or configured), so a restart keeps codes working.</summary>
public sealed class ResidentHashKeyTests : IAsyncLifetime
{
    private const string Phone = "+13125550177";
    private SignInHarness h = null!;

    public async Task InitializeAsync() => h = await SignInHarness.CreateAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task RequestCode_StoredCodeAndAddress_AreNotPlainSha256()
    {
        await h.ContactAsync("sms", Phone);

        var (_, delivery) = await h.RequestAsync(Phone);

        var stored = (await h.Codes.FindLatestCodeAsync(h.CodeBook.Key("address", Phone), CancellationToken.None))!;
        Assert.NotEqual(Sha256($"address\n{Phone}"), stored.AddressKey);
        Assert.NotEqual(Sha256($"code\n{stored.AddressKey}\n{delivery!.Code}"), stored.CodeHash);
        Assert.Equal(64, stored.CodeHash!.Length);
    }

    [Fact]
    public async Task Verify_CodeIssuedBeforeARestart_WorksAfterItOnTheSameDataFolder()
    {
        var contactId = await h.ContactAsync("sms", Phone);
        var (_, delivery) = await h.RequestAsync(Phone);

        // A new process: the key is read back from the data folder, nothing is carried over in memory.
        var codes = new ResidentCodes(h.Codes, ResidentHashKey.From(null, h.Folder), Options.Create(h.Settings), h.Clock);
        var restarted = new ResidentSignIn(codes, h.Directory, new ResidentCodeQueue(), Options.Create(new ConversationOptions { DefaultRegion = "US" }));

        Assert.Equal(SignInOutcome.Success(contactId), await restarted.VerifyAsync(Phone, delivery!.Code, CancellationToken.None));
    }

    [Fact]
    public void From_NoConfiguredKey_GeneratesAKeyFileOnlyItsOwnerReads()
    {
        ResidentHashKey.From(null, h.Folder);

        var path = Path.Combine(h.Folder, ResidentHashKey.FileName);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(path)).Length);
    }

    [Fact]
    public void From_ConfiguredKey_HashesAsHmacOfThatKeyAndIgnoresTheFolder()
    {
        const string secret = "a-configured-secret-of-32-or-more-chars";

        var key = ResidentHashKey.From(secret, h.Folder);

        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "x"u8)), key.Hash("x"));
        Assert.NotEqual(ResidentHashKey.From(null, h.Folder).Hash("x"), key.Hash("x"));
    }

    [Fact]
    public void From_ShortConfiguredKey_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => ResidentHashKey.From("too-short", h.Folder));

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
