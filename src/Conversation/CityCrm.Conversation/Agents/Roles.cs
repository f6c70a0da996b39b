namespace CityCrm.Conversations.Agents;

/// <summary>Staff roles, as carried in the sign-in cookie's role claims.</summary>
public static class Roles
{
    public const string Agent = "agent";
    public const string Supervisor = "supervisor";
    public const string Editor = "editor";
    public const string Admin = "admin";
}
