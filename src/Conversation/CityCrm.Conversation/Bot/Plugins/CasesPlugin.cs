using System.ComponentModel;
using CityCrm.CaseCore;
using Microsoft.SemanticKernel;

namespace CityCrm.Conversations.Bot.Plugins;

/// <summary>The bot's case skills: open a service request, report a request's status to its requester.</summary>
public sealed class CasesPlugin(ICaseService cases)
{
    public const string Name = "cases";

    [KernelFunction("open"), Description("Opens a service request for the resident.")]
    public Task<Case> OpenAsync(
        [Description("Service code from the catalogue")] string serviceCode,
        [Description("What the resident reported")] string description,
        [Description("Street address or intersection")] string location,
        string contactId,
        string conversationId,
        string channel,
        CancellationToken cancellationToken,
        [Description("Answers to the service's questions, by attribute code")] IReadOnlyDictionary<string, IReadOnlyList<string>>? attributes = null,
        [Description("The position the resident shared")] GeoPoint? point = null,
        [Description("Photos: https links or attachment:{id}")] IReadOnlyList<string>? media = null) =>
        cases.OpenAsync(new OpenCaseRequest(serviceCode, description, location, contactId, conversationId, channel)
        {
            Attributes = attributes ?? new Dictionary<string, IReadOnlyList<string>>(),
            Point = point,
            Media = media ?? [],
        }, cancellationToken);

    [KernelFunction("status"), Description("Finds a service request by reference, only if this resident opened it.")]
    public Task<Case?> StatusAsync(
        [Description("Reference such as R-100001")] string reference,
        string contactId,
        CancellationToken cancellationToken) =>
        cases.FindForRequesterAsync(reference, contactId, cancellationToken);
}
