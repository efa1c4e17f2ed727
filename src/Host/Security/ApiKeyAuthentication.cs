using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SocialeKaart.Host.Security;

/// <summary>One back-office API key, from configuration or the environment (never from the repository).</summary>
public sealed class ApiKeyEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Key { get; set; } = "";
    public string Role { get; set; } = "";
}

public sealed class ApiKeyOptions : AuthenticationSchemeOptions
{
    public List<ApiKeyEntry> Keys { get; set; } = [];
}

/// <summary>
/// Authenticates back-office API clients by the X-Api-Key header. Interim scheme until the accounts and
/// roles of the review issue exist; see docs/adr/0009-back-office-api-keys.md.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var presented) || string.IsNullOrEmpty(presented))
            return Task.FromResult(AuthenticateResult.NoResult());

        var presentedBytes = Encoding.UTF8.GetBytes(presented.ToString());
        var match = Options.Keys.FirstOrDefault(k => k.Key.Length >= 16 &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k.Key), presentedBytes));
        if (match is null) return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, $"api-key:{match.Id}"),
                new Claim(ClaimTypes.Name, match.Name),
                new Claim(ClaimTypes.Role, match.Role),
            ], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
