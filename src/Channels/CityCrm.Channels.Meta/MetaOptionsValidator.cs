using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Meta;

/// <summary>Refuses to start with a Meta configuration that would make every webhook or send fail.</summary>
public sealed partial class MetaOptionsValidator : IValidateOptions<MetaOptions>
{
    public ValidateOptionsResult Validate(string? name, MetaOptions options)
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(options.GraphBaseUrl, UriKind.Absolute, out var graph) || graph.Scheme is not ("https" or "http"))
            errors.Add("Meta:GraphBaseUrl must be an absolute http(s) URL.");
        if (!GraphVersion().IsMatch(options.GraphVersion))
            errors.Add("Meta:GraphVersion must read like \"v21.0\".");
        if (options.ApiTimeoutSeconds is < 1 or > 300)
            errors.Add("Meta:ApiTimeoutSeconds must be between 1 and 300.");
        var used = options.WhatsApp.Count + options.Messenger.Count > 0;
        if (used && string.IsNullOrWhiteSpace(options.AppSecret))
            errors.Add("Meta:AppSecret is required: every webhook is checked against it.");
        if (used && string.IsNullOrWhiteSpace(options.VerifyToken))
            errors.Add("Meta:VerifyToken is required to verify the webhook URL.");
        for (var i = 0; i < options.WhatsApp.Count; i++)
        {
            var number = options.WhatsApp[i];
            if (!NumericId().IsMatch(number.PhoneNumberId))
                errors.Add($"Meta:WhatsApp:{i}:PhoneNumberId must be Meta's numeric id of the number.");
            if (string.IsNullOrWhiteSpace(number.AccessToken))
                errors.Add($"Meta:WhatsApp:{i}:AccessToken is required.");
        }
        for (var i = 0; i < options.Messenger.Count; i++)
        {
            var page = options.Messenger[i];
            if (!NumericId().IsMatch(page.PageId))
                errors.Add($"Meta:Messenger:{i}:PageId must be the page's numeric id.");
            if (string.IsNullOrWhiteSpace(page.AccessToken))
                errors.Add($"Meta:Messenger:{i}:AccessToken is required.");
        }
        errors.AddRange(Duplicates(options.WhatsApp.Select(n => n.PhoneNumberId), "Meta:WhatsApp lists phone number id"));
        errors.AddRange(Duplicates(options.Messenger.Select(p => p.PageId), "Meta:Messenger lists page"));
        for (var i = 0; i < options.Templates.Count; i++)
        {
            var template = options.Templates[i];
            if (!MetaNotificationTypes.All.Contains(template.Type))
                errors.Add($"Meta:Templates:{i}:Type must be one of {string.Join(", ", MetaNotificationTypes.All)}.");
            if (!TemplateName().IsMatch(template.Name))
                errors.Add($"Meta:Templates:{i}:Name must be a template name (lower-case letters, digits and underscores).");
            if (string.IsNullOrWhiteSpace(template.Language))
                errors.Add($"Meta:Templates:{i}:Language is required.");
            errors.AddRange(template.Parameters.Where(p => !MetaNotificationTypes.ParameterNames.Contains(p))
                .Select(p => $"Meta:Templates:{i}:Parameters names '{p}'; use {string.Join(", ", MetaNotificationTypes.ParameterNames)}."));
        }
        errors.AddRange(Duplicates(options.Templates.Select(t => t.Type), "Meta:Templates has more than one template for"));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> keys, string message) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1).Select(g => $"{message} {g.Key} more than once.");

    [GeneratedRegex(@"^v[0-9]{1,3}\.[0-9]{1,2}\z")]
    private static partial Regex GraphVersion();

    [GeneratedRegex(@"^[0-9]{1,30}\z")]
    private static partial Regex NumericId();

    [GeneratedRegex(@"^[a-z0-9_]{1,512}\z")]
    private static partial Regex TemplateName();
}
