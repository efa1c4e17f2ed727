using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace SocialeKaart.Modules.Accounts;

/// <summary>
/// On a demo site (Accounts:DemoPassword set, as ./run.sh does), a coordinator and a professional to try the review
/// flows with, made once with a verified address. Never configured in production.
/// </summary>
public sealed class DemoAccounts(IDocumentStore store, IConfiguration configuration, TimeProvider clock) : IHostedService
{
    public static readonly (string Email, string Name, string? Role)[] People =
    [
        ("coordinator@demo.example", "Demo Coördinator", Roles.Coordinator),
        ("eigenaar@demo.example", "Demo Eigenaar", null),
    ];

    public async Task StartAsync(CancellationToken ct)
    {
        if (configuration["Accounts:DemoPassword"] is not { Length: >= AccountService.PasswordMin } password) return;
        await using var session = store.LightweightSession();
        var hasher = new PasswordHasher<Account>();
        foreach (var (email, name, role) in People)
        {
            if (await session.Query<Account>().AnyAsync(a => a.Email == email, ct)) continue;
            var id = Guid.CreateVersion7();
            var now = clock.GetUtcNow();
            var events = new List<object>
            {
                new AccountRegistered(id, email, name, hasher.HashPassword(new Account(), password), now),
                new AccountEmailVerified(id, email, now),
            };
            if (role is not null) events.Add(new StaffRoleGranted(id, role, [], Actor.DemoSeed, now));
            session.Events.StartStream<Account>(id, events.ToArray());
        }
        await session.SaveChangesAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
