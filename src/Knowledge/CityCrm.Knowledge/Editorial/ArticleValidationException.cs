namespace CityCrm.Knowledge.Editorial;

/// <summary>The article cannot be saved as it is; <see cref="Errors"/> says why, per field.</summary>
public sealed class ArticleValidationException(IReadOnlyDictionary<string, string[]> errors)
    : ArgumentException("The article is not valid: " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    /// <summary>Messages by the field's camelCase name.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ArticleValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
