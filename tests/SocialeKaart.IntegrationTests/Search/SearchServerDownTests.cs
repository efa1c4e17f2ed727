using System.Net;
using System.Net.Sockets;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Search.Engine;
using SocialeKaart.Modules.Search.Lucene;

namespace SocialeKaart.IntegrationTests.Search;

/// <summary>
/// A node configured for Typesense whose server does not answer (a loopback port nobody listens on): the site
/// still starts, says so in /health/ready, and either answers from its embedded index or gives a clear 503.
/// Each test starts a host of its own on the run's database (the shared collection keeps the hosts apart in time).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SearchServerDownTests : IAsyncLifetime
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), $"socialekaart-down-{Guid.NewGuid():N}");
    private IAlbaHost? _host;

    private async Task<IAlbaHost> StartAsync(string fallback)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:SocialeKaart", Environment.GetEnvironmentVariable(AppFixture.ConnectionVariable));
            builder.UseSetting("Projections:Mode", "Solo");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Fatal"); // the errors about the missing server are expected here
            builder.UseSetting("Search:Engine", "Typesense");
            builder.UseSetting("Search:Typesense:Url", $"http://127.0.0.1:{closedPort}");
            builder.UseSetting("Search:Typesense:ApiKey", "not-a-real-key");
            builder.UseSetting("Search:Typesense:Fallback", fallback);
            builder.UseSetting("Search:IndexPath", _indexPath);
            TestUsers.Configure(builder);
        });
        return _host;
    }

    [Fact]
    public async Task with_the_embedded_fallback_the_site_keeps_finding_and_readiness_says_degraded()
    {
        var host = await StartAsync("Embedded");
        var fiche = new FicheSnapshot("Kinderopvang Pluim", null, [], "active", null,
            [new FicheSnapshotLocation("Veldstraat 1", "9000", "Gent", "44021", "Gent", 51.05, 3.72)], [], [], [], null, null, null, [], [], ["44021"], null);
        await host.Services.GetRequiredService<LuceneSearchEngine>().UpsertAsync(new SearchDocument(Guid.NewGuid(), 1, fiche, []), CancellationToken.None);

        var found = await (await host.Scenario(x => x.Get.Url("/api/search?q=pluim"))).Json();
        Assert.Equal("Kinderopvang Pluim", found.GetProperty("hits")[0].GetProperty("name").GetString());

        var health = await (await host.Scenario(x => x.Get.Url("/health/ready"))).Json(); // Degraded still serves: 200
        var search = health.GetProperty("checks").GetProperty("search");
        Assert.Equal("Degraded", search.GetProperty("status").GetString());
        Assert.Contains("answered from the embedded index", search.GetProperty("description").GetString());
    }

    [Fact]
    public async Task without_a_fallback_searches_answer_503_with_a_dutch_problem_and_readiness_fails()
    {
        var host = await StartAsync("None");
        var result = await host.Scenario(x =>
        {
            x.Get.Url("/api/search?q=pluim");
            x.StatusCodeShouldBe(HttpStatusCode.ServiceUnavailable);
            x.ContentTypeShouldBe("application/problem+json");
        });
        Assert.Equal("30", result.Context.Response.Headers.RetryAfter.ToString());
        var problem = await result.Json();
        Assert.Equal("Deze dienst is tijdelijk niet beschikbaar.", problem.GetProperty("title").GetString());
        Assert.Contains("Probeer het over een halve minuut opnieuw", problem.GetProperty("detail").GetString());

        var health = await host.Scenario(x =>
        {
            x.Get.Url("/health/ready");
            x.StatusCodeShouldBe(HttpStatusCode.ServiceUnavailable);
        });
        Assert.Equal("Unhealthy", (await health.Json()).GetProperty("checks").GetProperty("search").GetProperty("status").GetString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        if (System.IO.Directory.Exists(_indexPath)) System.IO.Directory.Delete(_indexPath, recursive: true);
    }
}
