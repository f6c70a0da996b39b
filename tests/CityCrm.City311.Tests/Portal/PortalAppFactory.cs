using System.Net;
using System.Net.Http.Json;
using CityCrm.CaseCore;
using CityCrm.Channels;
using CityCrm.Conversations.Inbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.City311.Tests.Portal;

/// <summary>
/// The host in memory on its own temp data folder, with the SMS and email providers replaced by senders that keep
/// what they are given, so residents sign in to the portal with the code that reached them.
/// </summary>
public class PortalAppFactory : WebApplicationFactory<Program>
{
    private static int next = 100;
    private readonly string dataDirectory;
    private readonly bool ownsDataDirectory;

    public PortalAppFactory()
        : this(Directory.CreateTempSubdirectory("citycrm-portal-").FullName, ownsDataDirectory: true)
    {
    }

    /// <summary>A host on a data folder the caller keeps (and deletes), to start another host on it as after a restart.</summary>
    internal PortalAppFactory(string dataDirectory, bool ownsDataDirectory)
    {
        this.dataDirectory = dataDirectory;
        this.ownsDataDirectory = ownsDataDirectory;
    }

    public CapturingSender Sms { get; } = new(ChannelIds.Sms);

    public CapturingSender Email { get; } = new(ChannelIds.Email);

    public ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    /// <summary>A new resident known by a text conversation from a number of their own, with one reported request in it.</summary>
    public async Task<Resident> ResidentWithRequestAsync(string description = "Deep pothole by the bus stop")
    {
        var phone = "+1312555" + Interlocked.Increment(ref next).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var conversation = await Conversations.StartAsync("sms", phone, "Rosa", null, CancellationToken.None);
        var opened = await Services.GetRequiredService<ICaseService>().OpenAsync(
            new OpenCaseRequest("pothole", description, "12 Elm Street", conversation.ContactId, conversation.Id, "sms"), CancellationToken.None);
        return new Resident(phone, conversation.ContactId, conversation.Id, opened.Reference);
    }

    /// <summary>Signs the resident in with the code sent to their phone; the client keeps the resident cookie.</summary>
    public async Task<HttpClient> SignInAsync(Resident resident) => (await SignInWithCookieAsync(resident)).Client;

    /// <summary>Signs the resident in and also returns the session cookie (name=value), for clients other than HttpClient.</summary>
    public async Task<(HttpClient Client, string Cookie)> SignInWithCookieAsync(Resident resident)
    {
        var client = CreateClient();
        var sentBefore = Sms.CodesTo(resident.Phone).Count;
        var asked = await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = resident.Phone, language = "en" });
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var code = await Sms.WaitForCodeAsync(resident.Phone, sentBefore + 1);
        var signedIn = await client.PostAsJsonAsync("/api/my/sign-in", new { address = resident.Phone, code });
        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        return (client, signedIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
    }

    /// <summary>A client signed in as a staff member.</summary>
    public async Task<HttpClient> StaffAsync(string userName = "agent", string password = "riverton311")
    {
        var client = CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/auth/login", new { userName, password })).StatusCode);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        builder.UseSetting("Agents:SignInAttemptsPerMinute", "10000");
        // Every in-memory client shares one address: the per-IP limits are tested on the service itself.
        builder.UseSetting("Portal:RequestsPerIp", "10000");
        builder.UseSetting("Portal:CallsPerIpPerMinute", "10000");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IChannelSender>();
            services.AddSingleton<IChannelSender>(Sms);
            services.AddSingleton<IChannelSender>(Email);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!ownsDataDirectory)
            return;
        try { Directory.Delete(dataDirectory, recursive: true); }
        catch (IOException) { /* the OS cleans its temp folder */ }
    }
}
