using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace CityCrm.Open311.Tests.Support;

/// <summary>Form posts and parsed answers for the Open311 API, as a client library would send and read them.</summary>
internal static class Open311Calls
{
    public static (string, string)[] ValidPothole(string email) =>
    [
        ("api_key", Open311AppFactory.ApiKey),
        ("service_code", TestCatalog.Pothole),
        ("lat", "42.3487"),
        ("long", "-71.0578"),
        ("address_string", "185 Kneeland St"),
        ("attribute[WHISPOLO]", "STREE001"),
        ("attribute[ISITHAZA]", "YES001"),
        ("email", email),
        ("first_name", "Ana"),
        ("last_name", "Lima"),
        ("description", "Deep pothole in the right lane."),
        ("media_url", "https://photos.example.org/pothole.jpg"),
    ];

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IEnumerable<(string Key, string Value)> fields, string format = "json") =>
        client.PostAsync($"/open311/v2/requests.{format}",
            new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    /// <summary>Files the request and answers its reference (service_request_id) and token.</summary>
    public static async Task<(string Reference, string Token)> CreateAsync(HttpClient client, IEnumerable<(string, string)> fields)
    {
        var response = await PostAsync(client, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var created = JsonNode.Parse(body)!.AsArray().Single()!;
        return (created["service_request_id"]!.GetValue<string>(), created["token"]!.GetValue<string>());
    }

    public static async Task<JsonNode> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    public static async Task<XDocument> XmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The error descriptions of a JSON error answer, after checking its shape (an array of code and description).</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(status, e!["code"]!.GetValue<int>()));
        return errors.Select(e => e!["description"]!.GetValue<string>()).ToList();
    }
}
