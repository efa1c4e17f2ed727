namespace SocialeKaart.Modules.Accounts;

/// <summary>Someone registered. The password is kept only as a salted PBKDF2 hash (ASP.NET Core Identity's hasher).</summary>
/// <param name="TermsVersion">The version of the terms of use the person accepted (null: before versions were recorded).</param>
public sealed record AccountRegistered(Guid AccountId, string Email, string DisplayName, string PasswordHash, DateTimeOffset At, string? TermsVersion = null);

/// <summary>A new password, chosen through a reset link (or, later, from the profile).</summary>
public sealed record PasswordChanged(Guid AccountId, string PasswordHash, DateTimeOffset At);

/// <summary>The person deleted their account; their data is erased with it (masking) and it can no longer sign in.</summary>
public sealed record AccountClosed(Guid AccountId, DateTimeOffset At);

public sealed record AccountEmailVerified(Guid AccountId, string Email, DateTimeOffset At);

/// <summary>An administrator gave a staff role; for a coordinator, the provinces they review (empty: all).</summary>
public sealed record StaffRoleGranted(Guid AccountId, string Role, IReadOnlyList<string> Provinces, Actor By, DateTimeOffset At);

public sealed record StaffRoleRevoked(Guid AccountId, string Role, Actor By, DateTimeOffset At);

/// <summary>One account's stream, folded inline: who they are, whether their address is confirmed, their staff roles.</summary>
public sealed class Account
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Lower-case and trimmed: one account per address (unique index).</summary>
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? EmailVerifiedAt { get; set; }
    public string? TermsVersion { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Dictionary<string, List<string>> StaffRoles { get; set; } = [];

    public static Account Create(AccountRegistered e) => new()
    {
        Id = e.AccountId, Email = e.Email, DisplayName = e.DisplayName, PasswordHash = e.PasswordHash, RegisteredAt = e.At, TermsVersion = e.TermsVersion,
    };

    public void Apply(PasswordChanged e) => PasswordHash = e.PasswordHash;

    public void Apply(AccountClosed e) => (ClosedAt, PasswordHash, StaffRoles) = (e.At, "", []);

    public void Apply(AccountEmailVerified e) => EmailVerifiedAt = e.At;

    public void Apply(StaffRoleGranted e) => StaffRoles[e.Role] = [.. e.Provinces];

    public void Apply(StaffRoleRevoked e) => StaffRoles.Remove(e.Role);

    // Only the coordinator role is scoped to provinces; administrators and auditors see everything.
    public AccountInfo ToInfo() => new(Id, Email, DisplayName, EmailVerifiedAt is not null, StaffRoles.Keys.Order().ToList(),
        StaffRoles.GetValueOrDefault(Roles.Coordinator) ?? []);

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
