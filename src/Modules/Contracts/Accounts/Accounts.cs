using System.Security.Claims;
using SocialeKaart.Modules.Contracts.Security;

namespace SocialeKaart.Modules.Contracts.Accounts;

/// <summary>A person with an account, as other modules may see them.</summary>
/// <param name="Provinces">For a coordinator, the province NIS codes they review (empty: all of Flanders and Brussels).</param>
public sealed record AccountInfo(
    Guid Id, string Email, string DisplayName, bool EmailVerified, IReadOnlyList<string> StaffRoles, IReadOnlyList<string> Provinces);

public sealed record RegistrationForm(string? Email, string? DisplayName, string? Password, bool AcceptTerms);

/// <summary>Registration never says whether an address already had an account (that is told by e-mail, to its owner).</summary>
public sealed record RegistrationOutcome(bool Accepted, IReadOnlyDictionary<string, string[]> Errors);

public enum SignInCheck { Accepted, WrongCredentials, EmailNotVerified, LockedOut }

public sealed record PasswordResetOutcome(bool Done, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>The terms of use a person accepts when registering; the accepted version is recorded with the account.</summary>
public static class TermsOfUse
{
    public const string Version = "2026-11-23";
}

/// <summary>What the Accounts module offers the site's pages and the other modules.</summary>
public interface IAccounts
{
    /// <param name="siteUrl">Where links in the verification mail point ("https://www.desocialekaart.be").</param>
    Task<RegistrationOutcome> RegisterAsync(RegistrationForm form, string siteUrl, CancellationToken ct);

    /// <summary>The account whose e-mail the token (from the verification mail) confirms, or null when invalid or expired.</summary>
    Task<AccountInfo?> VerifyEmailAsync(string? token, CancellationToken ct);

    Task<(SignInCheck Result, AccountInfo? Account)> CheckPasswordAsync(string? email, string? password, CancellationToken ct);

    Task<AccountInfo?> FindAsync(Guid id, CancellationToken ct);

    Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken ct);

    /// <summary>Mails a reset link when the address has an account; says nothing either way.</summary>
    Task RequestPasswordResetAsync(string? email, string siteUrl, CancellationToken ct);

    /// <summary>Sets a new password with the token from the reset mail; a token works once and for an hour.</summary>
    Task<PasswordResetOutcome> ResetPasswordAsync(string? token, string? password, CancellationToken ct);

    /// <summary>Deletes the account after checking the password: every module erases what it holds of this person.</summary>
    Task<bool> DeleteAsync(Guid accountId, string? password, CancellationToken ct);
}

/// <summary>How an account becomes a signed-in user (cookie) and back; one place, so every module reads it the same way.</summary>
public static class AccountPrincipal
{
    public const string Scheme = "Cookies";
    public const string ProvinceClaim = "socialekaart:province";
    private const string Prefix = "account:";

    public static string ActorId(Guid accountId) => $"{Prefix}{accountId}";

    public static ClaimsPrincipal Create(AccountInfo account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, ActorId(account.Id)),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Email, account.Email),
        };
        // Every account with a verified address is a registered professional; staff roles come on top.
        if (account.EmailVerified) claims.Add(new Claim(ClaimTypes.Role, Roles.Professional));
        claims.AddRange(account.StaffRoles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(account.Provinces.Select(p => new Claim(ProvinceClaim, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>The account behind a signed-in user; null for API keys and anonymous visitors.</summary>
    public static Guid? AccountId(this ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } id && id.StartsWith(Prefix, StringComparison.Ordinal)
            && Guid.TryParse(id.AsSpan(Prefix.Length), out var guid) ? guid : null;

    /// <summary>The account of a signed-in professional (a verified account); null for anyone else, API keys included.</summary>
    public static Guid? ProfessionalAccountId(this ClaimsPrincipal user) => user.IsInRole(Roles.Professional) ? user.AccountId() : null;

    /// <summary>The provinces a coordinator reviews; empty means everywhere (administrators, unscoped coordinators, API keys).</summary>
    public static IReadOnlyList<string> Provinces(this ClaimsPrincipal user) =>
        user.FindAll(ProvinceClaim).Select(c => c.Value).ToList();
}
