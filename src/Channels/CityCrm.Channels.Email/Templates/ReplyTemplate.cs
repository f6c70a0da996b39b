namespace CityCrm.Channels.Email.Templates;

/// <summary>A reply template agents start from, read from <c>{name}.{language}.md</c> in the templates folder.</summary>
/// <param name="Name">The file name's first part ("acknowledgement"), the same in every language.</param>
/// <param name="Language">"en", "es"...</param>
/// <param name="Title">What the agent console lists (the front matter's <c>title</c>).</param>
/// <param name="Body">The Semantic Kernel template: plain text with <c>{{$variable}}</c> values.</param>
public sealed record ReplyTemplate(string Name, string Language, string Title, string Body);
