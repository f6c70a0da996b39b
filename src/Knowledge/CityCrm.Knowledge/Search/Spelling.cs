namespace CityCrm.Knowledge.Search;

/// <summary>An indexed word a misspelled question word is matched as, boosted by how close it is (0..1].</summary>
internal sealed record Spelling(string Term, float Boost);
