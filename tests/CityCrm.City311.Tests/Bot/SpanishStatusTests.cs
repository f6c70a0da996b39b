using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CityCrm.CaseCore;
using Microsoft.Extensions.DependencyInjection;
using static CityCrm.City311.Tests.Bot.ResidentChat;

namespace CityCrm.City311.Tests.Bot;

/// <summary>
/// A resident writing in Spanish reads a request's status and dates in Spanish (real host, SQLite, Direct Line): the
/// status words and month names come from the Spanish messages, not the English ones.
/// </summary>
public sealed class SpanishStatusTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private static readonly string[] Meses =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    [Fact]
    public async Task Status_InProgressAskedInSpanish_SaysEnCursoWithSpanishDates()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("there is a pothole on Hemlock Street");
        var reference = Regex.Match(Text(await chat.SayAsync("No updates")), @"R-\d{6}").Value;
        using var agent = await StaffClient.SignInAsync(factory, StaffClient.Agent, StaffClient.AgentPassword);
        var started = await agent.PostAsJsonAsync($"/api/agent/cases/{reference}/start", new { note = "" });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var filed = (await factory.Services.GetRequiredService<ICaseService>().FindAsync(reference, CancellationToken.None))!;
        Assert.NotNull(filed.DueAt);

        var reply = Text(await chat.SayAsync($"¿cuál es el estado de mi solicitud {reference}?"));

        var due = filed.DueAt!.Value;
        Assert.StartsWith($"La solicitud {reference} (Pothole) en Hemlock Street está en curso, con fecha prevista el {due.Day} de {Meses[due.Month - 1]} de {due.Year}.", reply);
        Assert.Contains($"Se abrió el {filed.CreatedAt.Day} de {Meses[filed.CreatedAt.Month - 1]} de {filed.CreatedAt.Year}.", reply);
        Assert.DoesNotContain("in progress", reply);
    }
}
