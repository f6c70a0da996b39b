using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Security;

/// <summary>Every HTTP endpoint the host maps, as "METHOD /pattern", read from its endpoint data sources.</summary>
internal static class EndpointList
{
    public static IReadOnlyList<(string Method, string Pattern)> Of(IServiceProvider services)
    {
        var endpoints = services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();
        var list = new List<(string, string)>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            list.AddRange(methods.Select(m => (m, pattern)));
        }
        return [.. list.Distinct().OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.Item1, StringComparer.Ordinal)];
    }
}
