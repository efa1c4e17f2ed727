using Alba;
using Microsoft.AspNetCore.Hosting;

namespace SocialeKaart.IntegrationTests.Infrastructure;

/// <summary>Back-office API keys the test host is configured with, one per role.</summary>
public static class TestUsers
{
    public sealed record User(string Id, string Name, string Role, string Key);

    public static readonly User Coordinator = new("test-coordinator", "Test Coördinator", "coordinator", "coordinator-key-0123456789abcdef");
    public static readonly User Auditor = new("test-auditor", "Test Auditor", "auditor", "auditor-key-0123456789abcdef0000");
    public static readonly User Administrator = new("test-admin", "Test Beheerder", "administrator", "admin-key-0123456789abcdef000000");

    public static void Configure(IWebHostBuilder builder)
    {
        User[] all = [Coordinator, Auditor, Administrator];
        for (var i = 0; i < all.Length; i++)
        {
            builder.UseSetting($"Security:ApiKeys:{i}:Id", all[i].Id);
            builder.UseSetting($"Security:ApiKeys:{i}:Name", all[i].Name);
            builder.UseSetting($"Security:ApiKeys:{i}:Role", all[i].Role);
            builder.UseSetting($"Security:ApiKeys:{i}:Key", all[i].Key);
        }
    }

    public static Scenario As(this Scenario scenario, User user)
    {
        scenario.WithRequestHeader("X-Api-Key", user.Key);
        return scenario;
    }
}
