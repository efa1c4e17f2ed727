using JasperFx.Events.Projections;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace SocialeKaart.Modules.Accounts;

/// <summary>Accounts: registration, verified e-mail, sign-in (the host's cookie scheme) and staff roles.</summary>
public static class AccountsModule
{
    public static void ConfigureMarten(StoreOptions options)
    {
        options.Events.AddEventType<AccountRegistered>();
        options.Events.AddEventType<AccountEmailVerified>();
        options.Events.AddEventType<StaffRoleGranted>();
        options.Events.AddEventType<StaffRoleRevoked>();
        options.Events.AddEventType<PasswordChanged>();
        options.Events.AddEventType<AccountClosed>();
        options.Schema.For<SignInThrottle>().DocumentAlias("account_sign_in_throttle");
        options.Projections.Snapshot<Account>(SnapshotLifecycle.Inline);
        options.Schema.For<Account>().DocumentAlias("account").UniqueIndex(x => x.Email);
        options.Schema.For<DataProtectionKey>().DocumentAlias("data_protection_key");
        AccountPersonalData.AddMaskingRules(options);
    }

    public static IServiceCollection AddAccountsModule(this IServiceCollection services)
    {
        services.AddSingleton<IAccounts, AccountService>();
        services.AddSingleton<IPersonalDataErasure, AccountPersonalData>();
        services.AddHostedService<DemoAccounts>();
        // Cookies and verification links must stay valid across restarts and on every node: the keys live in PostgreSQL.
        services.AddDataProtection().SetApplicationName("socialekaart");
        services.AddOptions<KeyManagementOptions>().Configure<IDocumentStore>((options, store) => options.XmlRepository = new DataProtectionKeyStore(store));
        return services;
    }
}
