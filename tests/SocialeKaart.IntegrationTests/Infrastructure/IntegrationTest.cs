using Alba;
using Marten;

namespace SocialeKaart.IntegrationTests.Infrastructure;

/// <summary>Base for integration test classes: shares the run's host and starts each class on an empty store.</summary>
[Collection(AppCollection.Name)]
public abstract class IntegrationTest(AppFixture app) : IAsyncLifetime
{
    protected AppFixture App { get; } = app;
    protected IAlbaHost Host => App.Host;

    public virtual Task InitializeAsync() => Host.ResetAllMartenDataAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
