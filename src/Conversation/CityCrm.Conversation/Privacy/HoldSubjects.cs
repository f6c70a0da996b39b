namespace CityCrm.Conversations.Privacy;

/// <summary>What a legal hold can be placed on.</summary>
public static class HoldSubjects
{
    /// <summary>A contact, by id: their profile, identities, conversations and cases.</summary>
    public const string Contact = "contact";

    /// <summary>A case, by reference ("R-100001"): the case and the conversations linked to it.</summary>
    public const string Case = "case";
}
