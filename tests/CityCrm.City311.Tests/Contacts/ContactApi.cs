using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;
using CityCrm.Conversations.Model;

namespace CityCrm.City311.Tests.Contacts;

/// <summary>Calls of the contact API for the tests, and waiting for the outbox to settle a message.</summary>
internal static class ContactApi
{
    public static string Url(string contactId) => $"/api/agent/contacts/{contactId}";

    public static async Task<ContactProfileDto> ProfileAsync(this AgentSession agent, string contactId) =>
        (await agent.Client.GetFromJsonAsync<ContactProfileDto>($"{Url(contactId)}/profile"))!;

    public static async Task<List<ContactAuditDto>> AuditAsync(this AgentSession agent, string contactId) =>
        (await agent.Client.GetFromJsonAsync<List<ContactAuditDto>>($"{Url(contactId)}/audit"))!;

    public static Task<HttpResponseMessage> PatchAsync(this AgentSession agent, string contactId, object body) =>
        agent.Client.PatchAsJsonAsync($"{Url(contactId)}/profile", body);

    /// <summary>A new SMS conversation handed to the queue and taken by <paramref name="agent"/>, so the agent may reply.</summary>
    public static async Task<Conversation> TakenSmsConversationAsync(this PushedChannelsAppFactory factory, AgentSession agent, string number, string inbox = "sms-main")
    {
        var conversation = await factory.Conversations.StartAsync(inbox, number, "Resident", null, CancellationToken.None);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await factory.Conversations.HandOffAsync(conversation.Id, "asked for a person", CancellationToken.None);
                break;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
            }
        }
        (await agent.TakeAsync(conversation.Id)).EnsureSuccessStatusCode();
        return conversation;
    }

    /// <summary>Waits until no outgoing message of the conversation waits for the outbox (at least one was written).</summary>
    public static async Task QuietAsync(this PushedChannelsAppFactory factory, string conversationId)
    {
        for (var i = 0; i < 200; i++)
        {
            var outgoing = (await factory.Conversations.GetTranscriptAsync(conversationId, 0, 100, CancellationToken.None))
                .Where(m => m.Direction == MessageDirection.Outgoing && !m.IsPrivate && m.DeliveryStatus is not null).ToList();
            if (outgoing.Count > 0 && outgoing.All(m => m.DeliveryStatus is not ("pending" or "sending")))
                return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Conversation {conversationId} never settled its outgoing messages.");
    }

    /// <summary>The delivery status of the message with <paramref name="text"/> once the outbox has settled it.</summary>
    public static async Task<(string? Status, string? Error)> SettledAsync(this AgentSession agent, string conversationId, string text)
    {
        for (var i = 0; i < 200; i++)
        {
            var message = (await agent.GetAsync(conversationId)).Transcript.LastOrDefault(m => m.Text == text);
            if (message?.DeliveryStatus is { } status && status is not ("pending" or "sending"))
                return (status, message.DeliveryError);
            await Task.Delay(50);
        }
        throw new TimeoutException($"\"{text}\" was never settled by the outbox.");
    }
}
