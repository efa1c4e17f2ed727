namespace SocialeKaart.Modules.Accounts;

/// <summary>
/// Erasing an account holder's data: the address and name are masked in the account's events and the password hash
/// dropped, so the account can no longer sign in; its id stays, so decisions that name it remain traceable.
/// </summary>
public sealed class AccountPersonalData(IDocumentStore store, TimeProvider clock) : IPersonalDataErasure
{
    public async Task<int> EraseAsync(PersonalDataSubject person, CancellationToken ct)
    {
        var address = Account.Normalize(person.Email);
        await using var session = store.LightweightSession();
        var account = person.AccountId is { } id
            ? await session.LoadAsync<Account>(id, ct)
            : await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == address, ct);
        if (account is null) return 0;
        await store.Advanced.ApplyEventDataMasking(masking => masking.IncludeStream(account.Id), ct);
        // The document still holds what the events held before masking: fold it again first.
        session.Store((await session.Events.AggregateStreamAsync<Account>(account.Id, token: ct))!);
        session.Delete<SignInThrottle>(account.Id);
        await session.SaveChangesAsync(ct);
        // Closed, so it can never sign in again (the masked hash is empty too), and the history says when.
        await using var closing = store.LightweightSession();
        var stream = await closing.Events.FetchForWriting<Account>(account.Id, ct);
        if (stream.Aggregate!.ClosedAt is null) stream.AppendOne(new AccountClosed(account.Id, clock.GetUtcNow()));
        await closing.SaveChangesAsync(ct);
        return 1;
    }

    public static void AddMaskingRules(StoreOptions options)
    {
        // A unique placeholder per account keeps the unique index on the address satisfied.
        options.Events.AddMaskingRuleForProtectedInformation<AccountRegistered>(e => e with
        {
            Email = $"gewist-{e.AccountId:N}@gewist.invalid", DisplayName = "(gewist)", PasswordHash = "",
        });
        options.Events.AddMaskingRuleForProtectedInformation<PasswordChanged>(e => e with { PasswordHash = "" });
        options.Events.AddMaskingRuleForProtectedInformation<AccountEmailVerified>(e => e with { Email = $"gewist-{e.AccountId:N}@gewist.invalid" });
    }
}
