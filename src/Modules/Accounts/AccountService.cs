using System.Net.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Contracts.Mail;

namespace SocialeKaart.Modules.Accounts;

/// <summary>
/// Registration, e-mail verification and password checks. Verification links carry a token protected by ASP.NET
/// Data Protection (time-limited, bound to the account and its address); no token is stored.
/// </summary>
public sealed class AccountService(
    IDocumentStore store, IServiceScopeFactory scopes, IDataProtectionProvider protection, IEnumerable<IPersonalDataErasure> erasures, TimeProvider clock)
    : IAccounts
{
    public const int PasswordMin = PasswordRules.Min;
    public const int PasswordMax = PasswordRules.Max;
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(1);
    public const int NameMax = 100;
    public const int EmailMax = 200;
    public static readonly TimeSpan VerificationLifetime = TimeSpan.FromDays(2);

    private readonly PasswordHasher<Account> _hasher = new();
    private readonly ITimeLimitedDataProtector _verification =
        protection.CreateProtector("SocialeKaart.Accounts.EmailVerification").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector _reset =
        protection.CreateProtector("SocialeKaart.Accounts.PasswordReset").ToTimeLimitedDataProtector();

    public async Task<RegistrationOutcome> RegisterAsync(RegistrationForm form, string siteUrl, CancellationToken ct)
    {
        var errors = new InputErrors()
            .Required("email", form.Email, EmailMax)
            .Required("displayName", form.DisplayName, NameMax)
            .Check(form.AcceptTerms, "acceptTerms", "Aanvaard de gebruiksvoorwaarden om een account te maken.");
        if (!string.IsNullOrWhiteSpace(form.Email) && !MailAddress.TryCreate(form.Email.Trim(), out _))
            errors.Add("email", "Dit is geen geldig e-mailadres.");
        if (PasswordRules.Refuse(form.Password, form.Email, form.DisplayName) is { } weak) errors.Add("password", weak);
        if (errors.Any) return new RegistrationOutcome(false, errors.ByField);

        var email = Account.Normalize(form.Email!);
        await using var session = store.LightweightSession();
        var existing = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == email, ct);
        if (existing is not null)
        {
            // Same answer as a new registration, so nobody learns which addresses have an account; the owner is told.
            await SaveWithMailAsync(session, new SendMail(email, "Je hebt al een account bij de Sociale Kaart",
                $"Iemand probeerde een account te maken met dit e-mailadres, maar je hebt er al een.\n\n" +
                $"Aanmelden: {siteUrl}/account/aanmelden\n\nWas jij dit niet? Dan hoef je niets te doen."), ct);
            return new RegistrationOutcome(true, new Dictionary<string, string[]>());
        }

        var id = Guid.CreateVersion7();
        var account = new Account { Id = id, Email = email };
        session.Events.StartStream<Account>(id, new AccountRegistered(id, email, form.DisplayName!.Trim(), _hasher.HashPassword(account, form.Password!), clock.GetUtcNow(), TermsOfUse.Version));
        var token = _verification.Protect($"{id}|{email}", VerificationLifetime);
        // The account and its confirmation mail commit together.
        try
        {
            await SaveWithMailAsync(session, new SendMail(email, "Bevestig je e-mailadres voor de Sociale Kaart",
                $"Dag {form.DisplayName.Trim()},\n\nBevestig je e-mailadres met deze link (48 uur geldig):\n" +
                $"{siteUrl}/account/bevestigen?token={Uri.EscapeDataString(token)}\n\n" +
                "Heb je geen account gevraagd? Dan hoef je niets te doen."), ct);
        }
        catch (Marten.Exceptions.MartenCommandException e) when (e.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            // The same address registered a moment ago by a parallel request: one account, nothing half-written.
            return new RegistrationOutcome(true, new Dictionary<string, string[]>());
        }
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
        await using var session = store.LightweightSession();
        var normalized = Account.Normalize(email);
        var account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized, ct);
        if (account is null || account.ClosedAt is not null || account.PasswordHash.Length == 0)
        {
            // Hash anyway, so an unknown address takes as long as a wrong password.
            _hasher.VerifyHashedPassword(new Account(), Decoy, password);
            return (SignInCheck.WrongCredentials, null);
        }
        var now = clock.GetUtcNow();
        var throttle = await session.LoadAsync<SignInThrottle>(account.Id, ct) ?? new SignInThrottle { Id = account.Id };
        if (throttle.IsLocked(now)) return (SignInCheck.LockedOut, null);
        if (_hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            throttle.Fail(now);
            session.Store(throttle);
            await session.SaveChangesAsync(ct);
            return (throttle.IsLocked(now) ? SignInCheck.LockedOut : SignInCheck.WrongCredentials, null);
        }
        if (throttle.Failures > 0 || throttle.LockedUntil is not null)
        {
            session.Delete(throttle);
            await session.SaveChangesAsync(ct);
        }
        return account.EmailVerifiedAt is null ? (SignInCheck.EmailNotVerified, null) : (SignInCheck.Accepted, account.ToInfo());
    }

    public async Task RequestPasswordResetAsync(string? email, string siteUrl, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > EmailMax) return;
        await using var session = store.QuerySession();
        var normalized = Account.Normalize(email);
        var account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized, ct);
        if (account is null || account.ClosedAt is not null) return;
        var token = _reset.Protect($"{account.Id}|{Stamp(account)}", ResetLifetime);
        await using var mailing = store.LightweightSession();
        await SaveWithMailAsync(mailing, new SendMail(account.Email, "Een nieuw wachtwoord voor de Sociale Kaart",
            $"Dag {account.DisplayName},\n\nKies een nieuw wachtwoord met deze link (één uur geldig, één keer te gebruiken):\n" +
            $"{siteUrl}/account/nieuw-wachtwoord?token={Uri.EscapeDataString(token)}\n\n" +
            "Vroeg je dit niet? Dan hoef je niets te doen: je wachtwoord blijft wat het was."), ct);
    }

    public async Task<PasswordResetOutcome> ResetPasswordAsync(string? token, string? password, CancellationToken ct)
    {
        static PasswordResetOutcome Refused(string field, string message) => new(false, new Dictionary<string, string[]> { [field] = [message] });
        const string invalid = "Deze link is ongeldig, verlopen of al gebruikt. Vraag een nieuwe aan.";
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return Refused("token", invalid);
        string payload;
        try { payload = _reset.Unprotect(token); }
        catch (System.Security.Cryptography.CryptographicException) { return Refused("token", invalid); }
        var parts = payload.Split('|');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var id)) return Refused("token", invalid);

        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForWriting<Account>(id, ct);
        // The stamp is taken from the password hash: once the password changed, the link no longer works.
        if (stream.Aggregate is not { ClosedAt: null } account || Stamp(account) != parts[1]) return Refused("token", invalid);
        if (PasswordRules.Refuse(password, account.Email, account.DisplayName) is { } weak) return Refused("password", weak);
        stream.AppendOne(new PasswordChanged(id, _hasher.HashPassword(account, password!), clock.GetUtcNow()));
        session.Delete<SignInThrottle>(id);
        await session.SaveChangesAsync(ct);
        return new PasswordResetOutcome(true, new Dictionary<string, string[]>());
    }

    public async Task<bool> DeleteAsync(Guid accountId, string? password, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var account = await query.LoadAsync<Account>(accountId, ct);
        if (account is null || account.ClosedAt is not null || string.IsNullOrEmpty(password) || password.Length > PasswordMax
            || _hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
            return false;
        var person = new PersonalDataSubject(account.Email, account.Id);
        // Every module erases what it holds; this module's own erasure (AccountPersonalData) closes the account.
        foreach (var module in erasures) await module.EraseAsync(person, ct);
        return true;
    }

    public async Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var normalized = Account.Normalize(email);
        return (await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == normalized && a.ClosedAt == null, ct))?.ToInfo();
    }

    // A singleton cannot hold Wolverine's (scoped) bus: each save gets an outbox of its own, enrolled in the session,
    // so the mail leaves only if the session commits.
    private async Task SaveWithMailAsync(IDocumentSession session, SendMail mail, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Wolverine.Marten.IMartenOutbox>();
        outbox.Enroll(session);
        await outbox.PublishAsync(mail);
        await session.SaveChangesAsync(ct);
    }

    private static string Stamp(Account account) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(account.PasswordHash)))[..16];

    public async Task<AccountInfo?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<Account>(id, ct)) is { ClosedAt: null } account ? account.ToInfo() : null;
    }

    private static readonly string Decoy = new PasswordHasher<Account>().HashPassword(new Account(), "decoy-password-for-timing");
}
