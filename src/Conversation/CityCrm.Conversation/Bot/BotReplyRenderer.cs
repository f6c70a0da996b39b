using System.Collections.Concurrent;
using Microsoft.SemanticKernel;

namespace CityCrm.Conversations.Bot;

/// <summary>Renders the bot's message templates with Semantic Kernel's template engine; templates are parsed once.</summary>
public sealed class BotReplyRenderer(Kernel kernel)
{
    private readonly ConcurrentDictionary<string, IPromptTemplate> templates = new(StringComparer.Ordinal);
    // The output is a plain-text chat message, not a prompt: values are inserted verbatim (no HTML
    // encoding) and every channel shows them as text.
    private readonly KernelPromptTemplateFactory factory = new() { AllowDangerouslySetContent = true };

    public async Task<string> RenderAsync(string template, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var compiled = templates.GetOrAdd(template, t => factory.Create(new PromptTemplateConfig(t) { AllowDangerouslySetContent = true }));
        var arguments = new KernelArguments();
        foreach (var (key, value) in values)
            arguments[key] = value;
        return (await compiled.RenderAsync(kernel, arguments, cancellationToken)).Trim();
    }
}
