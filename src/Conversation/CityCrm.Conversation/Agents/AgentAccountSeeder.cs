using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Agents;

/// <summary>
/// Creates the configured staff accounts at start-up. Idempotent: an account whose user name
/// exists keeps its password, so a changed password survives restarts; its routing skills are set once, when it has none.
/// </summary>
public sealed class AgentAccountSeeder(
    IAgentAccountStore accounts,
    PasswordHasher hasher,
    IOptions<AgentOptions> options,
    ILogger<AgentAccountSeeder> logger,
    Routing.IAgentRoutingStore? routing = null) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var seed in options.Value.Seed)
        {
            if (string.IsNullOrWhiteSpace(seed.UserName) || string.IsNullOrEmpty(seed.Password))
            {
                logger.LogWarning("Skipping a seed account without a user name or password");
                continue;
            }
            if (await accounts.FindByUserNameAsync(seed.UserName, cancellationToken) is { } existing)
            {
                await SeedSkillsAsync(existing.Id, seed, cancellationToken);
                continue;
            }
            var roles = seed.Roles.Count > 0 ? seed.Roles : [Roles.Agent];
            var account = new AgentAccount(
                Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)),
                seed.UserName.Trim(),
                string.IsNullOrWhiteSpace(seed.DisplayName) ? seed.UserName.Trim() : seed.DisplayName.Trim(),
                hasher.Hash(seed.Password),
                roles);
            await accounts.CreateIfMissingAsync(account, cancellationToken);
            if (await accounts.FindByUserNameAsync(account.UserName, cancellationToken) is { } created)
                await SeedSkillsAsync(created.Id, seed, cancellationToken);
            logger.LogInformation("Seeded staff account {UserName} with roles {Roles}", account.UserName, string.Join(',', roles));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedSkillsAsync(string accountId, AgentSeedAccount seed, CancellationToken cancellationToken)
    {
        if (routing is null || await routing.GetSkillsAsync(accountId, cancellationToken) is not null)
            return;
        var fallback = Routing.AgentSkills.Default;
        await routing.SetSkillsAsync(accountId, new Routing.AgentSkills(
            seed.Departments.Count > 0 ? seed.Departments : fallback.Departments,
            seed.Languages.Count > 0 ? seed.Languages : fallback.Languages,
            new Dictionary<string, int>(seed.Capacity, StringComparer.OrdinalIgnoreCase)), cancellationToken);
    }
}
