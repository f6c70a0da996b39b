using CityCrm.Channels.DirectLine.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CityCrm.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 endpoint under <c>/v3/directline</c>, which the unmodified official clients
/// (botframework-directlinejs, Web Chat) talk to, plus <c>POST /webchat/token</c> for the resident page.
/// The host must call <c>app.UseWebSockets()</c> before this.
/// </summary>
public static class DirectLineApi
{
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DirectLineUrls.Prefix).WithTags("Direct Line");
        TokensEndpoints.Map(group);
        ConversationsEndpoints.Map(group);
        UploadEndpoints.Map(group);
        StreamEndpoint.Map(group);
        TokensEndpoints.MapWebChat(endpoints);
        return endpoints;
    }
}
