using CityCrm.CaseCore;
using CityCrm.Conversations;
using CityCrm.Open311.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CityCrm.Open311;

/// <summary>
/// The Open311 GeoReport v2 API under <c>/open311/v2</c>: discovery, services, service definitions, filing and
/// finding requests, tokens. Every answer is JSON or XML by the URL's extension; errors are the spec's list of
/// {code, description} with 400 (bad input, every problem at once), 403 (api key) or 404 (nothing by that id).
/// </summary>
public static class Open311Api
{
    public const string Root = "/open311/v2";

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Root).WithTags("Open311 GeoReport v2");
        group.MapGet("/discovery.{format}", (string format, HttpRequest http, IOptions<Open311Options> options) =>
            AnswerAsync(format, http, options.Value, f => Task.FromResult(Open311Writer.Write(Discovery(http, options.Value), f, "discovery"))));
        group.MapGet("/services.{format}", (string format, HttpRequest http, IOptions<Open311Options> options, IServiceCatalog catalog) =>
            AnswerAsync(format, http, options.Value, f => Task.FromResult(
                Open311Writer.Write(catalog.Services.Select(Open311Mapping.ToDto).ToList(), f, "services"))));
        group.MapGet("/services/{code}.{format}", (string code, string format, HttpRequest http, IOptions<Open311Options> options, IServiceCatalog catalog) =>
            AnswerAsync(format, http, options.Value, f => Task.FromResult(catalog.Find(code) is { } service
                ? Open311Writer.Write(Open311Mapping.ToDefinitionDto(service), f, "service_definition")
                : throw NotFound($"service_code '{code}' is not a service of this city."))));
        group.MapGet("/requests.{format}", (string format, HttpRequest http, IOptions<Open311Options> options, ICaseStore store, TimeProvider clock,
                CancellationToken cancellationToken) =>
            AnswerAsync(format, http, options.Value, async f =>
            {
                var query = Open311Search.Read(http.Query, options.Value, clock.GetUtcNow());
                var found = await store.QueryAsync(query, cancellationToken);
                return Open311Writer.Write(found.Select(Open311Mapping.ToDto).ToList(), f, "service_requests");
            }));
        group.MapPost("/requests.{format}", (string format, HttpRequest http, IOptions<Open311Options> options, ApiKeyRing keys, Open311KeyLimiter limiter,
                Open311Intake intake, IOptions<ConversationOptions> conversations, CancellationToken cancellationToken) =>
            AnswerAsync(format, http, options.Value, f => CreateAsync(f, http, keys, limiter, intake, conversations.Value.DefaultRegion, cancellationToken)));
        group.MapGet("/requests/{id}.{format}", (string id, string format, HttpRequest http, IOptions<Open311Options> options, ICaseService cases,
                CancellationToken cancellationToken) =>
            AnswerAsync(format, http, options.Value, async f => await cases.FindAsync(id, cancellationToken) is { } found
                ? Open311Writer.Write(new[] { Open311Mapping.ToDto(found) }, f, "service_requests")
                : throw NotFound($"service_request_id '{id}' is not a request of this city.")));
        group.MapGet("/tokens/{token}.{format}", (string token, string format, HttpRequest http, IOptions<Open311Options> options, IRequestTokenStore tokens,
                CancellationToken cancellationToken) =>
            AnswerAsync(format, http, options.Value, async f => await tokens.FindAsync(token, cancellationToken) is { } found
                ? Open311Writer.Write(new[] { new TokenDto(found.Reference, found.Token) }, f, "service_requests")
                : throw NotFound($"token '{token}' was not issued here.")));
        return endpoints;
    }

    private static async Task<ContentHttpResult> CreateAsync(
        Open311Format format, HttpRequest http, ApiKeyRing keys, Open311KeyLimiter limiter, Open311Intake intake, string defaultRegion,
        CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
            throw new Open311Exception(StatusCodes.Status400BadRequest,
                "Send the request form-encoded (application/x-www-form-urlencoded or multipart/form-data), as the spec says.");
        var form = await http.ReadFormAsync(cancellationToken);
        var presented = form["api_key"].FirstOrDefault() ?? http.Query["api_key"].FirstOrDefault();
        if (string.IsNullOrEmpty(presented))
            throw new Open311Exception(StatusCodes.Status403Forbidden, "api_key is required to file a request.");
        var client = keys.Identify(presented)
            ?? throw new Open311Exception(StatusCodes.Status403Forbidden, "api_key is not a valid key.");
        limiter.Admit(client, http.HttpContext.Response);
        try
        {
            var (opened, token) = await intake.SubmitAsync(Open311FormReader.Read(form, defaultRegion), client, cancellationToken);
            return Open311Writer.Write(new[] { new RequestCreatedDto(opened.Reference, token.Token, null, null) }, format, "service_requests");
        }
        catch (CaseRequestException e)
        {
            throw new Open311Exception(StatusCodes.Status400BadRequest,
                e.Problems.Select(p => new Open311Error(StatusCodes.Status400BadRequest, $"{Field(p.Field)} {p.Code}: {p.Message}")).ToList());
        }
    }

    // Checks what every call shares (the extension, the jurisdiction), then answers, turning refusals into the spec's errors.
    private static async Task<ContentHttpResult> AnswerAsync(string extension, HttpRequest http, Open311Options options, Func<Open311Format, Task<ContentHttpResult>> answer)
    {
        if (!TryFormat(extension, out var format))
            return Open311Writer.Errors(new Open311Exception(StatusCodes.Status400BadRequest,
                $"The format '{extension}' is not offered; ask for .json or .xml."), Open311Format.Json);
        try
        {
            var jurisdiction = http.Query["jurisdiction_id"].FirstOrDefault()
                ?? (http.HasFormContentType ? (await http.ReadFormAsync(http.HttpContext.RequestAborted))["jurisdiction_id"].FirstOrDefault() : null);
            if (!string.IsNullOrWhiteSpace(jurisdiction) && !string.Equals(jurisdiction.Trim(), options.JurisdictionId, StringComparison.OrdinalIgnoreCase))
                throw NotFound($"jurisdiction_id '{jurisdiction}' is not served here; this API serves '{options.JurisdictionId}'.");
            return await answer(format);
        }
        catch (Open311Exception e)
        {
            return Open311Writer.Errors(e, format);
        }
    }

    private static bool TryFormat(string extension, out Open311Format format)
    {
        format = Open311Format.Json;
        if (string.Equals(extension, "json", StringComparison.OrdinalIgnoreCase))
            return true;
        format = Open311Format.Xml;
        return string.Equals(extension, "xml", StringComparison.OrdinalIgnoreCase);
    }

    private static DiscoveryDto Discovery(HttpRequest http, Open311Options options)
    {
        var url = string.IsNullOrWhiteSpace(options.PublicUrl)
            ? $"{http.Scheme}://{http.Host}{http.PathBase}{Root}"
            : options.PublicUrl.TrimEnd('/');
        var changeset = Open311Mapping.Time(options.Changeset);
        return new(changeset, options.Contact, options.KeyService,
            [new EndpointDto("http://wiki.open311.org/GeoReport_v2", url, changeset, "production", ["application/json", "text/xml"])]);
    }

    // The case rules speak of "location" and "media"; an Open311 client sent lat/long or address_string, and media_url.
    private static string Field(string field) => field switch
    {
        "location" => "location (lat/long, address_string or address_id)",
        "media" => "media_url",
        _ => field,
    };

    private static Open311Exception NotFound(string description) => new(StatusCodes.Status404NotFound, description);
}
