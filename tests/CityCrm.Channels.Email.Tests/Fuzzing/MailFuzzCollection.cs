namespace CityCrm.Channels.Email.Tests.Fuzzing;

/// <summary>The mail fuzz tests run alone: their 10 MB emails should not slow other tests into their own bounds.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MailFuzzCollection
{
    public const string Name = "Mail fuzzing";
}
