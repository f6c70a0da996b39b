using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CityCrm.Conversations.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Portal;

/// <summary>Portal codes are hashed with the data folder's secret: nothing plain SHA-256 is stored, and a restart keeps a pending code working.</summary>
public sealed class PortalRestartTests
{
    [Fact]
    public async Task SignIn_CodeAskedForBeforeARestart_WorksAfterItOnTheSameDataFolder()
    {
        var folder = Directory.CreateTempSubdirectory("citycrm-portal-restart-").FullName;
        try
        {
            Resident resident;
            string code;
            await using (var before = new PortalAppFactory(folder, ownsDataDirectory: false))
            {
                resident = await before.ResidentWithRequestAsync();
                (await before.CreateClient().PostAsJsonAsync("/api/my/sign-in/code", new { address = resident.Phone })).EnsureSuccessStatusCode();
                code = await before.Sms.WaitForCodeAsync(resident.Phone);
                var stored = (await before.Services.GetRequiredService<IResidentCodeStore>().FindLatestCodeAsync(
                    before.Services.GetRequiredService<ResidentCodes>().Key("address", resident.Phone), CancellationToken.None))!;
                Assert.NotEqual(Sha256($"address\n{resident.Phone}"), stored.AddressKey);
                Assert.NotEqual(Sha256($"code\n{stored.AddressKey}\n{code}"), stored.CodeHash);
            }

            await using var after = new PortalAppFactory(folder, ownsDataDirectory: false);
            var client = after.CreateClient();
            var signedIn = await client.PostAsJsonAsync("/api/my/sign-in", new { address = resident.Phone, code });

            Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/my/requests")).StatusCode);
            Assert.True(File.Exists(Path.Combine(folder, ResidentHashKey.FileName)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* the OS cleans its temp folder */ }
        }
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
