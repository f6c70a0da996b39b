using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;
using CityCrm.Conversations.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Cases;

public sealed class CaseNotificationTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    private async Task<string> SentToAsync(string phone, string reference)
    {
        for (var i = 0; i < 400; i++)
        {
            if (factory.Sender.Sent.FirstOrDefault(d => d.Address == phone && d.Activity.Text?.Contains(reference, StringComparison.Ordinal) == true) is { } sent)
                return sent.Activity.Text!;
            await Task.Delay(25);
        }
        throw new TimeoutException($"Nothing about {reference} was texted to {phone}.");
    }

    private async Task BlockedAsync(string conversationId, string reference)
    {
        for (var i = 0; i < 400; i++)
        {
            var transcript = await factory.Conversations.GetTranscriptAsync(conversationId, 0, 50, CancellationToken.None);
            if (transcript.Any(m => m.Text?.Contains(reference, StringComparison.Ordinal) == true && m.DeliveryStatus == "blocked"))
                return;
            await Task.Delay(25);
        }
        throw new TimeoutException($"The notice about {reference} was never blocked.");
    }

    [Fact]
    public async Task Hold_ReportedByText_ResidentTextedTheReasonFromTheTemplate()
    {
        var (opened, _, phone) = await CaseWorkHost.ReportAsync(factory);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/hold", new { note = "Waiting for the gas company" });

        var reported = (await response.Content.ReadFromJsonAsync<CaseUpdateResponse>())!;
        Assert.Equal(("Sent.", "sent", true), (reported.NoticeDetail, reported.NoticeStatus, reported.ResidentNotified));
        Assert.Contains("is on hold: Waiting for the gas company", await SentToAsync(phone, opened.Reference));
    }

    [Fact]
    public async Task Start_ServiceWithItsOwnTemplate_UsesItWithTheTargetDate()
    {
        var (opened, _, phone) = await CaseWorkHost.ReportAsync(factory, "graffiti", "Tags all over the bridge");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/start", new { note = "" });

        var text = await SentToAsync(phone, opened.Reference);
        Assert.Contains("the graffiti crew has it on today's route", text);
        Assert.Contains("Target date: ", text);
    }

    [Fact]
    public async Task Close_ResidentOptedOut_NoticeBlockedNeverTextedAndReportedAsHeldBack()
    {
        var (opened, conversationId, phone) = await CaseWorkHost.ReportAsync(factory);
        await factory.Services.GetRequiredService<IOptOutRegistry>()
            .RecordAsync(new ConsentChange("sms", phone, "sms-main", true, "STOP", DateTimeOffset.UtcNow), CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/close", new { note = "Filled" });

        Assert.True(response.IsSuccessStatusCode);
        var reported = (await response.Content.ReadFromJsonAsync<CaseUpdateResponse>())!;
        Assert.Equal((false, "held-back"), (reported.ResidentNotified, reported.NoticeStatus));
        Assert.StartsWith("Held back by consent: ", reported.NoticeDetail);
        await BlockedAsync(conversationId, opened.Reference);
        Assert.DoesNotContain(factory.Sender.Sent, d => d.Address == phone && d.Activity.Text?.Contains(opened.Reference, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Start_SpanishSpeakingResident_TextedSpanishStatusAndTargetDate()
    {
        var (opened, _, phone) = await CaseWorkHost.ReportAsync(factory);
        await factory.Services.GetRequiredService<CityCrm.Conversations.Model.IConversationStore>()
            .SetContactLanguageAsync(opened.ContactId!, "es", CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/start", new { note = "" });

        var text = await SentToAsync(phone, opened.Reference);
        Assert.Contains("está en curso", text);
        Assert.Matches(@"Fecha prevista: \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}\.", text);
        Assert.DoesNotContain("in progress", text);
    }
}
