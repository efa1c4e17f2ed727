using System.Text;
using System.Text.RegularExpressions;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Workspace;

/// <summary>Favourites, encrypted notes, saved searches that re-run live, exports by mail: each through HTTP.</summary>
public sealed partial class WorkspaceTests(AppFixture app) : IntegrationTest(app)
{
    private async Task<Guid> SearchableFicheAsync(string name)
    {
        var id = await Host.Register(name);
        for (var i = 0; i < 100; i++)
        {
            var found = await (await Host.Scenario(x => x.Get.Url($"/api/search?q={Uri.EscapeDataString(name)}"))).Json();
            if (found.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetGuid() == id)) return id;
            await Task.Delay(50);
        }
        throw new TimeoutException($"{name} did not reach the search index.");
    }

    [Fact]
    public async Task favourites_list_a_fiche_that_is_gone_as_removed()
    {
        var an = await App.SignUpAsync("An Peeters");
        var (caw, opvang) = (await Host.Register("CAW Oost-Vlaanderen"), await Host.Register("Kinderopvang De Speelboom"));
        await Host.Send(an, "PUT", $"/api/favourites/{caw}", null, 204);
        await Host.Send(an, "PUT", $"/api/favourites/{opvang}", null, 204);
        await Host.Send(an, "PUT", $"/api/favourites/{Guid.NewGuid()}", null, 404);
        await Host.Change(opvang, "mark-defunct", new { reason = "Gesloten", version = 1 }, method: "POST");

        var favourites = (await Host.Send(an, "GET", "/api/favourites", null, 200)).EnumerateArray().ToList();
        Assert.Equal(2, favourites.Count);
        var gone = favourites.Single(f => f.GetProperty("ficheId").GetGuid() == opvang);
        Assert.False(gone.GetProperty("exists").GetBoolean());
        Assert.Equal("Kinderopvang De Speelboom", gone.GetProperty("name").GetString());
        var page = await (await Host.Scenario(x => { x.Get.Url("/werkmap"); x.As(an); })).ReadAsTextAsync();
        Assert.Contains("deze fiche is verwijderd", page);

        var bert = await App.SignUpAsync("Bert Claes");
        Assert.Empty((await Host.Send(bert, "GET", "/api/favourites", null, 200)).EnumerateArray()); // one's own only
    }

    [Fact]
    public async Task a_note_is_only_ciphertext_in_the_database_only_its_author_reads_it_and_deleting_the_account_destroys_the_key()
    {
        var fiche = await Host.Register("CAW Oost-Vlaanderen");
        var an = await App.SignUpAsync("An Peeters");
        const string secret = "Mevrouw Janssens verwacht mijn cliënt op dinsdag";
        await Host.Send(an, "PUT", $"/api/notes/{fiche}", new { text = secret }, 204);
        await Host.Send(an, "PUT", $"/api/notes/{Guid.NewGuid()}", new { text = "bij een fiche die niet bestaat" }, 404);
        await Host.Send(an, "PUT", $"/api/notes/{fiche}", new { text = new string('x', 4001) }, 400);

        Assert.Equal(secret, (await Host.Send(an, "GET", $"/api/notes/{fiche}", null, 200)).GetProperty("text").GetString());
        var bert = await App.SignUpAsync("Bert Claes");
        await Host.Send(bert, "GET", $"/api/notes/{fiche}", null, 404);
        var fichePage = await (await Host.Scenario(x => { x.Get.Url($"/organisatie/{fiche}/caw-oost-vlaanderen"); x.As(an); })).ReadAsTextAsync();
        Assert.Contains("Mevrouw Janssens verwacht mijn cli", fichePage);
        var anonymousPage = await (await Host.Scenario(x => x.Get.Url($"/organisatie/{fiche}/caw-oost-vlaanderen"))).ReadAsTextAsync();
        Assert.DoesNotContain("Janssens", anonymousPage);

        // Straight from PostgreSQL: every table, every row, as text.
        var everything = await DumpAsync();
        Assert.DoesNotContain("Janssens", everything);
        Assert.Contains("workspace_note", everything);

        await Host.Send(an, "POST", "/api/account/delete", new { password = "een lang en geheim wachtwoord" }, 204);
        Assert.DoesNotContain(an.Id.ToString(), string.Join("\n", await RowsAsync("mt_doc_workspace_user_key")));
        Assert.Empty(await RowsAsync("mt_doc_workspace_note"));
    }

    [Fact]
    public async Task a_saved_search_runs_live_and_counts_what_is_new()
    {
        await SearchableFicheAsync("Kinderopvang De Speelboom");
        var an = await App.SignUpAsync("An Peeters");
        await Host.Send(an, "POST", "/api/saved-searches", new { name = "", kind = "Quick", url = "/zoeken?q=kinderopvang", quick = new { q = "kinderopvang" } }, 400);
        await Host.Send(an, "POST", "/api/saved-searches", new { name = "Opvang", kind = "Quick", url = "https://elders.example/", quick = new { q = "kinderopvang" } }, 400);
        await Host.Send(an, "POST", "/api/saved-searches", new { name = "Opvang in Gent", kind = "Quick", url = "/zoeken?q=kinderopvang", quick = new { q = "kinderopvang" } }, 201);
        var id = Assert.Single((await Host.Send(an, "GET", "/api/saved-searches", null, 200)).EnumerateArray()).GetProperty("id").GetGuid();

        var first = await Host.Send(an, "POST", $"/api/saved-searches/{id}/run", null, 200);
        Assert.Equal(1, first.GetProperty("total").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("new").ValueKind);

        await SearchableFicheAsync("Kinderopvang Het Klavertje");
        var second = await Host.Send(an, "POST", $"/api/saved-searches/{id}/run", null, 200);
        Assert.Equal(2, second.GetProperty("total").GetInt32());
        Assert.Equal(1, second.GetProperty("new").GetInt32());

        var bert = await App.SignUpAsync("Bert Claes");
        await Host.Send(bert, "POST", $"/api/saved-searches/{id}/run", null, 404);
    }

    [Fact]
    public async Task an_export_arrives_by_mail_and_downloads_only_for_its_owner_as_csv_and_hsds()
    {
        var fiche = await SearchableFicheAsync("Kinderopvang De Speelboom");
        var an = await App.SignUpAsync("An Peeters");
        await Host.Send(an, "POST", "/api/exports", new { format = "Csv", kind = "Quick", quick = new { q = "kinderopvang" }, url = "/zoeken?q=kinderopvang" }, 202);
        var link = await ExportLinkAsync(an.Email, 1, "CSV");

        var download = await Host.Scenario(x => { x.Get.Url(link); x.As(an); });
        Assert.StartsWith("text/csv", download.Context.Response.ContentType);
        Assert.Contains("attachment", download.Context.Response.Headers.ContentDisposition.ToString());
        var csv = await download.ReadAsTextAsync();
        Assert.Contains("Kinderopvang De Speelboom;", csv);
        Assert.Contains($"/organisatie/{fiche}/fiche", csv);

        var bert = await App.SignUpAsync("Bert Claes");
        await Host.Scenario(x => { x.Get.Url(link); x.As(bert); x.StatusCodeShouldBe(403); });
        await Host.Scenario(x => { x.Get.Url(link[..^4] + "AAAA"); x.As(an); x.StatusCodeShouldBe(410); });

        await Host.Send(an, "POST", "/api/exports", new { format = "Hsds", kind = "Quick", quick = new { q = "kinderopvang" }, url = "/zoeken?q=kinderopvang" }, 202);
        var hsdsLink = await ExportLinkAsync(an.Email, 2, "HSDS");
        var hsds = await (await Host.Scenario(x => { x.Get.Url(hsdsLink); x.As(an); })).Json();
        Assert.Equal(fiche.ToString(), hsds.GetProperty("contents")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task an_expired_export_answers_gone_and_the_cleanup_removes_it()
    {
        await SearchableFicheAsync("Kinderopvang De Speelboom");
        var an = await App.SignUpAsync("An Peeters");
        await Host.Send(an, "POST", "/api/exports", new { format = "Csv", kind = "Quick", quick = new { q = "kinderopvang" }, url = "/zoeken?q=kinderopvang" }, 202);
        var link = await ExportLinkAsync(an.Email, 1, "CSV");
        var store = Host.Services.GetRequiredService<Marten.IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var export = Assert.Single(await Marten.QueryableExtensions.ToListAsync(session.Query<SocialeKaart.Modules.Workspace.Exports.ExportRequest>()));
            export.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1); // as if seven days went by
            session.Store(export);
            await session.SaveChangesAsync();
        }
        await Host.Scenario(x => { x.Get.Url(link); x.As(an); x.StatusCodeShouldBe(410); });
        Assert.Equal(1, await Host.Services.GetRequiredService<SocialeKaart.Modules.Workspace.Exports.ExportCleanup>().RemoveExpiredAsync(CancellationToken.None));
        Assert.Empty(await RowsAsync("mt_doc_workspace_export_file"));
    }

    [Fact]
    public async Task an_export_of_more_than_500_fiches_is_refused_with_a_way_forward()
    {
        var an = await App.SignUpAsync("An Peeters");
        var loader = Host.Services.GetRequiredService<SocialeKaart.Modules.Directory.DataSet.DataSetLoader>();
        await loader.LoadAsync(7, 560, null, CancellationToken.None); // a few generated fiches are defunct, and so not found
        var total = 0;
        for (var i = 0; i < 300 && (total = (await Host.Send(null, "GET", "/api/search?pageSize=1", null, 200)).GetProperty("total").GetInt32()) <= 500; i++) await Task.Delay(100);
        Assert.True(total > 500, $"only {total} fiches are findable");

        var refused = await Host.Send(an, "POST", "/api/exports", new { format = "Csv", kind = "Quick", quick = new { }, url = "/zoeken" }, 400);
        Assert.Contains("hoogstens 500", refused.GetProperty("errors").GetProperty("search")[0].GetString());
        Assert.Empty(await App.Mail.ToAsync(an.Email, expected: 2, timeoutMs: 1000) is var mails && mails.Count > 1 ? mails.Skip(1) : []); // no export mail
    }

    /// <summary>The link in the export mail of this format ("CSV" or "HSDS"), the mails of a test being one per format.</summary>
    private async Task<string> ExportLinkAsync(string email, int count, string format)
    {
        var mails = await App.Mail.ToAsync(email, count + 1, timeoutMs: 20_000);
        var mail = mails.Single(m => (m.Subject ?? "").Contains("export", StringComparison.Ordinal) && (m.TextBody ?? "").Contains(format, StringComparison.Ordinal));
        return ExportLink().Match(mail.TextBody ?? "").Groups[1].Value;
    }

    private async Task<string> DumpAsync()
    {
        var text = new StringBuilder();
        foreach (var table in new[] { "mt_doc_workspace_note", "mt_doc_workspace_user_key", "mt_events", "mt_doc_account" }) text.AppendLine(table).AppendLine(string.Join("\n", await RowsAsync(table)));
        return text.ToString();
    }

    private async Task<List<string>> RowsAsync(string table)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(AppFixture.ConnectionVariable));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select row_to_json(t)::text from socialekaart.{table} t", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    [GeneratedRegex(@"https?://[^/\s]+(/werkmap/export/\S+)")]
    private static partial Regex ExportLink();
}
