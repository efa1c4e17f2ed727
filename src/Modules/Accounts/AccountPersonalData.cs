namespace SocialeKaart.Modules.Accounts;

/// <summary>
/// Erasing an account holder's data: the address and name are masked in the account's events and the password hash
/// dropped, so the account can no longer sign in; its id stays, so decisions that name it remain traceable.
/// </summary>
public sealed class AccountPersonalData(IDocumentStore store) : IPersonalDataErasure
{
    public async Task<int> EraseAsync(string email, CancellationToken ct)
    {
        var address = Account.Normalize(email);
        await using var session = store.LightweightSession();
        var account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == address, ct);
        if (account is null) return 0;
        await store.Advanced.ApplyEventDataMasking(masking => masking.IncludeStream(account.Id), ct);
        if (await session.Events.AggregateStreamAsync<Account>(account.Id, token: ct) is { } refolded) session.Store(refolded);
        await session.SaveChangesAsync(ct);
        return 1;
    }

    public static void AddMaskingRules(StoreOptions options)
    {
        // A unique placeholder per account keeps the unique index on the address satisfied.
        options.Events.AddMaskingRuleForProtectedInformation<AccountRegistered>(e => e with
        {
            Email = $"gewist-{e.AccountId:N}@gewist.invalid", DisplayName = "(gewist)", PasswordHash = "",
        });
        options.Events.AddMaskingRuleForProtectedInformation<AccountEmailVerified>(e => e with { Email = $"gewist-{e.AccountId:N}@gewist.invalid" });
    }
}
