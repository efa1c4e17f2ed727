using System.Net.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SocialeKaart.Modules.Contracts.Mail;

namespace SocialeKaart.Modules.Accounts;

/// <summary>
/// Registration, e-mail verification and password checks. Verification links carry a token protected by ASP.NET
/// Data Protection (time-limited, bound to the account and its address); no token is stored.
/// </summary>
public sealed class AccountService(IDocumentStore store, IMessageBus bus, IDataProtectionProvider protection, TimeProvider clock) : IAccounts
{
    public const int PasswordMin = 12;
    public const int PasswordMax = 200;
    public const int NameMax = 100;
    public const int EmailMax = 200;
    public static readonly TimeSpan VerificationLifetime = TimeSpan.FromDays(2);

    private readonly PasswordHasher<Account> _hasher = new();
    private readonly ITimeLimitedDataProtector _verification =
        protection.CreateProtector("SocialeKaart.Accounts.EmailVerification").ToTimeLimitedDataProtector();

    public async Task<RegistrationOutcome> RegisterAsync(RegistrationForm form, string siteUrl, CancellationToken ct)
    {
        var errors = new InputErrors()
            .Required("email", form.Email, EmailMax)
            .Required("displayName", form.DisplayName, NameMax)
            .Check(form.AcceptTerms, "acceptTerms", "Aanvaard de gebruiksvoorwaarden om een account te maken.");
        if (!string.IsNullOrWhiteSpace(form.Email) && !MailAddress.TryCreate(form.Email.Trim(), out _))
            errors.Add("email", "Dit is geen geldig e-mailadres.");
        if (form.Password is null || form.Password.Length < PasswordMin)
            errors.Add("password", $"Kies een wachtwoord van minstens {PasswordMin} tekens.");
        else if (form.Password.Length > PasswordMax)
            errors.Add("password", $"Een wachtwoord heeft hoogstens {PasswordMax} tekens.");
        else if (form.Email is not null && form.Password.Contains(form.Email.Trim(), StringComparison.OrdinalIgnoreCase))
            errors.Add("password", "Je wachtwoord mag je e-mailadres niet bevatten.");
        if (errors.Any) return new RegistrationOutcome(false, errors.ByField);

        var email = Account.Normalize(form.Email!);
        await using var session = store.LightweightSession();
        var existing = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == email, ct);
        if (existing is not null)
        {
            // Same answer as a new registration, so nobody learns which addresses have an account; the owner is told.
            await bus.PublishAsync(new SendMail(email, "Je hebt al een account bij de Sociale Kaart",
                $"Iemand probeerde een account te maken met dit e-mailadres, maar je hebt er al een.\n\n" +
                $"Aanmelden: {siteUrl}/account/aanmelden\n\nWas jij dit niet? Dan hoef je niets te doen."));
            return new RegistrationOutcome(true, new Dictionary<string, string[]>());
        }

        var id = Guid.CreateVersion7();
        var account = new Account { Id = id, Email = email };
        session.Events.StartStream<Account>(id, new AccountRegistered(id, email, form.DisplayName!.Trim(), _hasher.HashPassword(account, form.Password!), clock.GetUtcNow()));
        try { await session.SaveChangesAsync(ct); }
        catch (Marten.Exceptions.MartenCommandException e) when (e.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            // The same address registered a moment ago by a parallel request: one account, nothing half-written.
            return new RegistrationOutcome(true, new Dictionary<string, string[]>());
        }
        var token = _verification.Protect($"{id}|{email}", VerificationLifetime);
        await bus.PublishAsync(new SendMail(email, "Bevestig je e-mailadres voor de Sociale Kaart",
            $"Dag {form.DisplayName.Trim()},\n\nBevestig je e-mailadres met deze link (48 uur geldig):\n" +
            $"{siteUrl}/account/bevestigen?token={Uri.EscapeDataString(token)}\n\n" +
            "Heb je geen account gevraagd? Dan hoef je niets te doen."));
        return new RegistrationOutcome(true, new Dictionary<string, string[]>());
    }

    public async Task<AccountInfo?> VerifyEmailAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return null;
        string payload;
        try { payload = _verification.Unprotect(token); }
        catch (System.Security.Cryptography.CryptographicException) { return null; } // tampered or expired
        var parts = payload.Split('|');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var id)) return null;

        await using var session = store.LightweightSession();
        // FetchForWriting, not a bare Append: the inline snapshot then knows the stream version (the replay check compares it).
        var stream = await session.Events.FetchForWriting<Account>(id, ct);
        var account = stream.Aggregate;
        if (account is null || account.Email != parts[1]) return null;
        if (account.EmailVerifiedAt is null)
        {
            stream.AppendOne(new AccountEmailVerified(id, account.Email, clock.GetUtcNow()));
            await session.SaveChangesAsync(ct);
            account = await session.LoadAsync<Account>(id, ct);
        }
        return account!.ToInfo();
    }

    public async Task<(SignInCheck Result, AccountInfo? Account)> CheckPasswordAsync(string? email, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || password.Length > PasswordMax || email.Length > EmailMax)
            return (SignInCheck.WrongCredentials, null);
        await using var session = store.QuerySession();
        var normalized = Account.Normalize(email);
        var account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized, ct);
        if (account is null)
        {
            // Hash anyway, so an unknown address takes as long as a wrong password.
            _hasher.VerifyHashedPassword(new Account(), Decoy, password);
            return (SignInCheck.WrongCredentials, null);
        }
        if (_hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
            return (SignInCheck.WrongCredentials, null);
        return account.EmailVerifiedAt is null ? (SignInCheck.EmailNotVerified, null) : (SignInCheck.Accepted, account.ToInfo());
    }

    public async Task<AccountInfo?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<Account>(id, ct))?.ToInfo();
    }

    private static readonly string Decoy = new PasswordHasher<Account>().HashPassword(new Account(), "decoy-password-for-timing");
}
