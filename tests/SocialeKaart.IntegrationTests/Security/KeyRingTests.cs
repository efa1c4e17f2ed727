using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Npgsql;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Accounts;

namespace SocialeKaart.IntegrationTests.Security;

/// <summary>The Data Protection key ring is sealed at rest: the raw rows hold no key material (issue 13).</summary>
public sealed class KeyRingTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task the_raw_rows_of_the_key_ring_hold_no_readable_key()
    {
        // A new key, as the ring makes every 90 days, through the module's own wiring on the test database; a ring of
        // its own, so the running host's keys (and the tokens other tests hold) are left alone.
        using var ring = new ServiceCollection()
            .AddSingleton(Host.Services.GetRequiredService<Marten.IDocumentStore>())
            .AddSingleton(Host.Services.GetRequiredService<IConfiguration>())
            .AddSingleton(Host.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>())
            .AddLogging()
            .AddKeyRing()
            .BuildServiceProvider();
        ring.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
        var connection = Environment.GetEnvironmentVariable("SOCIALEKAART_TEST_CONNECTION")!;
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("select data::text from socialekaart.mt_doc_data_protection_key", db);
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.DoesNotContain("masterKey", row);
            Assert.Contains(KeyRingEncryptor.Element, row);
        });
    }

    [Fact]
    public void a_sealed_key_opens_with_a_previous_key_after_rotation_and_not_without_it()
    {
        var old = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var sealedKey = new KeyRingEncryptor(old).Encrypt(new XElement("masterKey", new XElement("value", "geheim"))).EncryptedElement;
        Assert.DoesNotContain("geheim", sealedKey.ToString());

        IServiceProvider With(params (string, string?)[] settings) => new ServiceCollection()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
                .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Item1, s.Item2))).Build())
            .BuildServiceProvider();
        var rotated = With(("DataProtection:KeyRingKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
            ("DataProtection:PreviousKeyRingKeys:0", Convert.ToBase64String(old)));
        Assert.Equal("geheim", new KeyRingDecryptor(rotated).Decrypt(sealedKey).Element("value")!.Value);

        var forgotten = With(("DataProtection:KeyRingKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));
        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => new KeyRingDecryptor(forgotten).Decrypt(sealedKey));
    }
}
