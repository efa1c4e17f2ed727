using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;

namespace SocialeKaart.IntegrationTests.Infrastructure;

/// <summary>
/// One host for the whole run, on the real PostgreSQL database that ./test.sh created for this run.
/// Projections run in solo mode and are caught up explicitly by the tests that read them.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "SOCIALEKAART_TEST_CONNECTION";

    /// <summary>The real SMTP server ./test.sh starts on loopback, and the Maildir it writes every received mail to.</summary>
    public Mailbox Mail { get; } = new(Environment.GetEnvironmentVariable("SOCIALEKAART_TEST_MAILDIR"));

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>The master key that wraps each person's note key in this run (a fresh random one, as production's comes from its environment).</summary>
    public string MasterKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    public SearchWriteFaults SearchFaults { get; } = new();

    /// <summary>The embedded search index of this run, in a folder of its own.</summary>
    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), $"socialekaart-search-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException(
                $"{ConnectionVariable} is not set. Run the tests with ./test.sh, which starts a private PostgreSQL for them.");

        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            // As in Development: a singleton that captures a scoped service (Wolverine's IMessageBus...) fails at start.
            builder.UseDefaultServiceProvider(options => { options.ValidateScopes = true; options.ValidateOnBuild = true; });
            builder.UseSetting("ConnectionStrings:SocialeKaart", connectionString);
            builder.UseSetting("Projections:Mode", "Solo");
            // Warnings and errors only: the test output should show tests, not every request.
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            // The in-memory test server has no request-size feature; routing warns about it on every form post.
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", "Error");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter", "Error");
            builder.UseSetting("Search:IndexPath", IndexPath);
            builder.UseSetting("Mail:Host", "127.0.0.1");
            builder.UseSetting("Mail:Port", Environment.GetEnvironmentVariable("SOCIALEKAART_TEST_SMTP_PORT") ?? "2526");
            builder.UseSetting("Mail:Security", "None");
            builder.UseSetting("Workspace:MasterKey", MasterKey);
            builder.UseSetting("DataProtection:KeyRingKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            // Every test signs people up from the same (absent) address; the limits themselves are tested on a host of their own.
            builder.UseSetting("Security:RateLimits:AccountMailPer10Minutes", "100000");
            builder.UseSetting("Security:RateLimits:SignInPer10Minutes", "100000");
            TestUsers.Configure(builder);
            builder.ConfigureServices(services => services.ConfigureMarten(options => options.Listeners.Add(SearchFaults)));
        });
        await Host.Services.GetRequiredService<IWolverineRuntime>().Storage.Admin.ClearAllAsync();
    }

    public async Task DisposeAsync()
    {
        // The index first, so nothing of it (a rebuild's old folder being retired) still runs when the folder goes.
        (Host.Services.GetRequiredService<SocialeKaart.Modules.Search.Engine.ISearchEngine>() as IDisposable)?.Dispose();
        await Host.DisposeAsync();
        if (System.IO.Directory.Exists(IndexPath)) System.IO.Directory.Delete(IndexPath, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
