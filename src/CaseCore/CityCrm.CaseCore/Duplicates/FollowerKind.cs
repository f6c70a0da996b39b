namespace CityCrm.CaseCore.Duplicates;

/// <summary>Why a resident is attached to a case.</summary>
public enum FollowerKind
{
    /// <summary>They reported the case; the row keeps how they want updates.</summary>
    Reporter = 0,
    /// <summary>They reported the same problem again and chose to follow this case instead of filing a new one.</summary>
    Follower = 1,
    /// <summary>They filed a new case anyway; <see cref="CaseFollower.ReportReference"/> is that case, linked to this one.</summary>
    Duplicate = 2,
}
