using CityCrm.Knowledge.Search;

namespace CityCrm.Bench;

/// <summary>One timed search of the query bench, with where its time went when the stages were recorded.</summary>
internal sealed record QuestionTiming(string Question, double WallMs, double CpuMs, long AllocatedBytes, bool Answered, StageTimes? Stages);
