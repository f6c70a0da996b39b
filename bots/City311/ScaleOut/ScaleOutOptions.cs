namespace CityCrm.City311.ScaleOut;

/// <summary>The "ScaleOut" section: how nodes keep their own state following the shared store.</summary>
public sealed class ScaleOutOptions
{
    /// <summary>How often each node compares its knowledge index with the store (ids and versions) and repairs it.</summary>
    public double ReconcileSeconds { get; set; } = 30;
}
