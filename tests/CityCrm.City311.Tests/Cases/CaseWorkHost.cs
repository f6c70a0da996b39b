using CityCrm.CaseCore;
using CityCrm.City311.Tests.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Cases;

/// <summary>Opens real cases in the host's SQLite store, reported from a text conversation the test starts.</summary>
internal static class CaseWorkHost
{
    private static int phone = 7000;

    public static async Task<(Case Case, string ConversationId, string Phone)> ReportAsync(
        PushedChannelsAppFactory factory, string service = "pothole", string description = "Deep pothole by the bus stop",
        Dictionary<string, IReadOnlyList<string>>? answers = null)
    {
        var number = "+1555060" + Interlocked.Increment(ref phone).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var conversation = await factory.Conversations.StartAsync("sms-main", number, "Rosa", null, CancellationToken.None);
        var opened = await factory.Services.GetRequiredService<ICaseService>().OpenAsync(
            new OpenCaseRequest(service, description, "12 Elm Street", conversation.ContactId, conversation.Id, "sms")
            {
                Attributes = answers ?? new Dictionary<string, IReadOnlyList<string>>(),
            }, CancellationToken.None);
        return (opened, conversation.Id, number);
    }
}
