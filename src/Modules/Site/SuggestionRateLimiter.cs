using System.Threading.RateLimiting;

namespace SocialeKaart.Modules.Site;

/// <summary>
/// At most 5 change suggestions per 10 minutes from one address. The address is only a key in memory for
/// that window: nothing about the sender's connection is stored.
/// </summary>
public sealed class SuggestionRateLimiter : IDisposable
{
    public const int PermitsPerWindow = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitsPerWindow, Window = Window, QueueLimit = 0, AutoReplenishment = true,
        }));

    public bool TryAcquire(string clientKey)
    {
        using var lease = _limiter.AttemptAcquire(clientKey);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
