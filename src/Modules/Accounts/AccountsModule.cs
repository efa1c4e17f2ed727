using JasperFx.Events.Projections;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        services.AddKeyRing();
        return services;
    }

    /// <summary>ASP.NET Data Protection with its key ring in PostgreSQL, sealed with the key-ring key (ADR 24).</summary>
    public static IServiceCollection AddKeyRing(this IServiceCollection services)
    {
        // Cookies and verification links must stay valid across restarts and on every node: the keys live in PostgreSQL.
        services.AddDataProtection().SetApplicationName("socialekaart");
        // ... encrypted with a key from the environment, so reading the database is not enough to forge them (ADR 24).
        // Production refuses to start without that key; elsewhere the ring stays readable and the log says so.
        services.AddOptions<KeyManagementOptions>().Configure<IDocumentStore, IConfiguration, IHostEnvironment>((options, store, configuration, environment) =>
        {
            options.XmlRepository = new DataProtectionKeyStore(store);
            if (KeyRingKeys.Current(configuration) is { } key) options.XmlEncryptor = new KeyRingEncryptor(key);
            else if (environment.IsProduction())
                throw new InvalidOperationException("DataProtection:KeyRingKey is not configured: set it (base64 of 32 random bytes) so the key ring is encrypted at rest.");
        });
        return services;
    }
}
