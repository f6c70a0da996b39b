using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;

namespace CityCrm.City311.Tests.Incidents;

/// <summary>The incidents API as a signed-in staff member calls it.</summary>
internal sealed class SupervisorClient(HttpClient client) : IDisposable
{
    public const string Path = "/api/supervisor/incidents";

    public HttpClient Client => client;

    public static async Task<SupervisorClient> SignInAsync(HttpClient client, string user = AgentAppFactory.SupervisorUser,
        string password = AgentAppFactory.SupervisorPassword)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return new SupervisorClient(client);
    }

    /// <summary>A water main break on Elm St (water-leak service), with its Spanish message.</summary>
    public static CreateIncidentRequest WaterMain(string street = "Elm St", params string[] cases) => new(
        $"Water main break on {street}", ["water-leak"], new IncidentAreaDto(null, null, null, [street]), ["tubería de agua"],
        new IncidentMessageDto($"We know about the water main break on {street}; crews are on site.",
            $"Sabemos de la rotura de la tubería principal en {street}; las cuadrillas están en el lugar."), cases);

    public async Task<IncidentDto> CreateAsync(CreateIncidentRequest request)
    {
        var response = await client.PostAsJsonAsync(Path, request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IncidentDto>())!;
    }

    public Task<HttpResponseMessage> CloseAsync(string id, string english, string? spanish = null) =>
        client.PostAsJsonAsync($"{Path}/{id}/close", new IncidentMessageDto(english, spanish));

    public void Dispose() => client.Dispose();
}
