namespace CityCrm.Knowledge.Insights;

/// <summary>How a cluster's last seven days compare with the seven days before.</summary>
public enum ClusterTrend
{
    Steady = 0,
    Rising = 1,
    Falling = 2,
}
