namespace CityCrm.Knowledge.Import;

/// <summary>Why one line of an import file was rejected; <see cref="Line"/> counts from 1.</summary>
public sealed record ImportLineError(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
