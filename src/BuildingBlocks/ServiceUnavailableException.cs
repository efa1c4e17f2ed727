namespace SocialeKaart.BuildingBlocks;

/// <summary>
/// A dependency the request needs (e.g. the search server) cannot be reached. The host answers 503 with a
/// problem+json body in Dutch and a Retry-After header; handlers that throw it are retried by Wolverine.
/// </summary>
public sealed class ServiceUnavailableException(string userMessage, Exception? inner = null) : Exception(userMessage, inner)
{
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(30);
}
