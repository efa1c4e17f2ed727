using Npgsql;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Security;

/// <summary>The application connects with a role no stronger than it needs (issue 13): it owns its database, nothing more.</summary>
public sealed class DatabaseRoleTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task the_application_role_is_no_superuser_and_cannot_make_databases_or_roles()
    {
        await using var db = new NpgsqlConnection(Environment.GetEnvironmentVariable("SOCIALEKAART_TEST_CONNECTION"));
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, pg_get_userbyid(d.datdba) = current_user " +
            "from pg_roles r, pg_database d where r.rolname = current_user and d.datname = current_database()", db);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.False(reader.GetBoolean(0), "the application connects as a superuser");
        Assert.False(reader.GetBoolean(1));
        Assert.False(reader.GetBoolean(2));
        Assert.False(reader.GetBoolean(3));
        Assert.True(reader.GetBoolean(4), "the application role does not own its database");
    }
}
