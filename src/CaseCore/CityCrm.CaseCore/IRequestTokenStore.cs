namespace CityCrm.CaseCore;

/// <summary>Keeps the tokens issued to Open311 clients for the requests they filed. Implementations commit each call durably.</summary>
public interface IRequestTokenStore
{
    /// <summary>Records a newly issued token; throws <see cref="InvalidOperationException"/> when the token already exists.</summary>
    Task AddAsync(RequestToken token, CancellationToken cancellationToken);

    /// <summary>The token exactly as issued (tokens are case-sensitive), or null.</summary>
    Task<RequestToken?> FindAsync(string token, CancellationToken cancellationToken);
}
