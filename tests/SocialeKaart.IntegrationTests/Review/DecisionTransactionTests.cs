using Alba;
using Npgsql;
using SocialeKaart.IntegrationTests.Infrastructure;

namespace SocialeKaart.IntegrationTests.Review;

/// <summary>
/// A decision is one transaction (ADR 26): a failure inside it, after the fiche's events were written and before the
/// commit, leaves the fiche and the review as they were; the decision taken again applies once.
/// </summary>
public sealed class DecisionTransactionTests(AppFixture app) : IntegrationTest(app)
{
    // Fails the insert of the approval's event when its note carries this marker: inside the transaction, after the
    // fiche's own events went in (Marten writes them in the order they were staged), as a dropped connection would.
    private const string Marker = "FOUT-INJECTIE";

    private static async Task Sql(string sql)
    {
        await using var db = new NpgsqlConnection(Environment.GetEnvironmentVariable("SOCIALEKAART_TEST_CONNECTION"));
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task a_failure_between_the_fiche_and_the_review_writes_neither_and_the_retry_applies_once()
    {
        var fiche = await Host.Register("Wijkgezondheidscentrum De Kaai");
        var owner = await App.SignUpAsync("Hanne Wouters");
        var coordinator = await App.SignUpAsync("Cor Coördinator", "coordinator");
        var claim = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/claims", new { motivation = "Zaakvoerder" }, 201)).GetProperty("id").GetGuid();
        await Host.Send(coordinator, "POST", $"/api/claims/{claim}/approve", new { note = (string?)null }, 204);
        var request = (await Host.Send(owner, "POST", $"/api/fiches/{fiche}/change-requests", null, 201)).GetProperty("id").GetGuid();
        await Host.Send(owner, "PUT", $"/api/change-requests/{request}/draft/contact", new
        {
            value = new { phones = new[] { new { label = (string?)null, number = "09 111 22 33" } }, emails = Array.Empty<object>(), website = (string?)null, links = Array.Empty<object>() },
        }, 204);
        await Host.Send(owner, "POST", $"/api/change-requests/{request}/submit", new { note = (string?)null }, 204);
        var before = await Host.Fiche(fiche);

        await Sql($"""
            create or replace function socialekaart.fail_marked_approval() returns trigger language plpgsql as $$
            begin
              if new.type = 'change_request_approved' and new.data::text like '%{Marker}%' then
                raise exception 'injected failure inside the decision''s transaction';
              end if;
              return new;
            end $$;
            create trigger fail_marked_approval before insert on socialekaart.mt_events
              for each row execute function socialekaart.fail_marked_approval();
            """);
        try
        {
            var failed = await Host.Scenario(x =>
            {
                x.Post.Json(new { fields = (string[]?)null, overrideConflicts = false, note = Marker }).ToUrl($"/api/change-requests/{request}/approve");
                x.As(coordinator);
                x.IgnoreStatusCode();
            });
            Assert.True(failed.Context.Response.StatusCode >= 500, $"the injected failure answered {failed.Context.Response.StatusCode}");
        }
        finally
        {
            await Sql("drop trigger fail_marked_approval on socialekaart.mt_events; drop function socialekaart.fail_marked_approval();");
        }

        // Neither half: the fiche is as it was, the review still waits.
        var after = await Host.Fiche(fiche);
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.Equal("09 265 04 00", after.GetProperty("contact").GetProperty("phones")[0].GetProperty("number").GetString());
        Assert.Equal("Open", (await Host.Send(coordinator, "GET", $"/api/change-requests/{request}", null, 200)).GetProperty("status").GetString());

        // Decided again: applied, once.
        await Host.Send(coordinator, "POST", $"/api/change-requests/{request}/approve", new { fields = (string[]?)null, overrideConflicts = false, note = "Nagekeken." }, 200);
        var approved = await Host.Fiche(fiche);
        Assert.Equal("09 111 22 33", approved.GetProperty("contact").GetProperty("phones")[0].GetProperty("number").GetString());
        var history = await (await Host.Scenario(x => { x.Get.Url($"/api/fiches/{fiche}/history"); x.As(TestUsers.Auditor); })).Json();
        var caused = history.EnumerateArray().Where(e => e.GetProperty("causationId").GetString() == request.ToString())
            .Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(["contact_details_changed", "fiche_verified"], caused);
    }
}
