using SocialeKaart.BuildingBlocks;

namespace SocialeKaart.UnitTests.BuildingBlocks;

public sealed class RefreshingValueTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task the_value_is_read_once_while_fresh_and_again_when_stale()
    {
        var clock = new Clock();
        var reads = 0;
        var value = new RefreshingValue<int>(TimeSpan.FromMinutes(1), clock, _ => Task.FromResult(++reads));

        Assert.Equal(1, await value.GetAsync(CancellationToken.None));
        clock.Now = clock.Now.AddSeconds(59);
        Assert.Equal(1, await value.GetAsync(CancellationToken.None));
        clock.Now = clock.Now.AddSeconds(2);
        Assert.Equal(2, await value.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task concurrent_callers_share_one_read()
    {
        var reads = 0;
        var gate = new TaskCompletionSource();
        var value = new RefreshingValue<int>(TimeSpan.FromMinutes(1), new Clock(), async _ => { Interlocked.Increment(ref reads); await gate.Task; return 7; });

        var callers = Enumerable.Range(0, 5).Select(_ => value.GetAsync(CancellationToken.None)).ToList();
        gate.SetResult();

        Assert.All(await Task.WhenAll(callers), v => Assert.Equal(7, v));
        Assert.Equal(1, reads);
    }
}
