using System.Globalization;
using System.Text.RegularExpressions;
using CityCrm.Conversations;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace CityCrm.Channels.Email.Templates;

/// <summary>
/// Lists and fills reply templates for a conversation with Semantic Kernel's template engine, variables only (the
/// kernel has no functions, so a template cannot call any, and no model is involved). The result is plain text:
/// values are inserted as they are, and whatever shows or sends the text (the console's text box, the email's HTML
/// part) encodes it. Variables: name, reference, status, service, location, department, next_steps, articles,
/// agent, city, kb.
/// </summary>
public sealed partial class ReplyTemplateService(ReplyTemplateLibrary library, ReplyTemplateContext context, IOptions<ConversationOptions> options)
{
    private readonly Kernel kernel = new();
    private readonly KernelPromptTemplateFactory factory = new() { AllowDangerouslySetContent = true };

    /// <summary>The templates in the conversation's language, or null when the conversation does not exist.</summary>
    public async Task<(string Language, IReadOnlyList<ReplyTemplate> Templates)?> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await context.GatherAsync(conversationId, cancellationToken) is not { } facts)
            return null;
        return (facts.Language, library.List(facts.Language));
    }

    /// <summary>The named template filled in for the conversation, signed by <paramref name="agentName"/>; null when either is unknown.</summary>
    public async Task<RenderedReplyTemplate?> RenderAsync(string conversationId, string name, string agentName, CancellationToken cancellationToken)
    {
        if (await context.GatherAsync(conversationId, cancellationToken) is not { } facts
            || library.Find(name, facts.Language) is not { } template)
            return null;
        var words = library.Words(template.Language);
        var values = await ValuesAsync(facts, words, agentName, cancellationToken);
        var text = await RenderAsync(template.Body, values, cancellationToken);
        // An unknown name leaves "Hola :" or "Hello ,": the punctuation closes up on the greeting.
        text = SpaceBeforePunctuation().Replace(text, "$1");
        return new RenderedReplyTemplate(template.Name, template.Language, template.Title, text);
    }

    /// <summary>Fills one template with the given values.</summary>
    public async Task<string> RenderAsync(string template, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var compiled = factory.Create(new PromptTemplateConfig(template) { AllowDangerouslySetContent = true });
        var arguments = new KernelArguments();
        foreach (var (key, value) in values)
            arguments[key] = value;
        return (await compiled.RenderAsync(kernel, arguments, cancellationToken)).Trim();
    }

    private async Task<Dictionary<string, object?>> ValuesAsync(ReplyTemplateFacts facts, ReplyTemplateWords words, string agentName, CancellationToken cancellationToken)
    {
        var city = options.Value.CityName;
        var site = options.Value.PublicBaseUrl.TrimEnd('/');
        var values = new Dictionary<string, object?>
        {
            ["name"] = string.IsNullOrWhiteSpace(facts.ContactName) ? words.Anonymous : facts.ContactName.Trim(),
            ["reference"] = facts.Case?.Reference ?? words.NoCase,
            ["service"] = facts.Case?.ServiceName ?? words.NoCase,
            ["location"] = facts.Case?.Location ?? "",
            ["department"] = facts.Case?.Department ?? "",
            ["status"] = facts.Case is { } c ? words.Status.GetValueOrDefault(c.Status.ToString()) ?? c.Status.ToString() : "",
            ["agent"] = agentName,
            ["city"] = city,
            ["kb"] = site + "/kb",
        };
        var nextSteps = words.NextSteps.GetValueOrDefault(facts.Case?.Status.ToString() ?? "None") ?? "";
        values["next_steps"] = await RenderAsync(nextSteps, values, cancellationToken);
        values["articles"] = facts.Articles.Count == 0
            ? await RenderAsync(words.NoArticles, values, cancellationToken)
            : string.Join("\n", facts.Articles.Select(a => string.Create(CultureInfo.InvariantCulture,
                $"- {a.Title}: {(a.Url.StartsWith('/') ? site + a.Url : a.Url)}")));
        return values;
    }

    [GeneratedRegex(@"[ \t]+([,:;])")]
    private static partial Regex SpaceBeforePunctuation();
}
