using Alba;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Directory.DataSet;
using Wolverine.Tracking;

namespace SocialeKaart.IntegrationTests.DataSet;

/// <summary>The generated data set goes in through the command path: events, read models and messages, as via the API.</summary>
public sealed class DataSetLoadTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task a_generated_data_set_loads_as_fiche_streams_with_their_history()
    {
        DataSetReport report = null!;
        await Host.ExecuteAndWaitAsync(async () =>
            report = await Host.Services.GetRequiredService<DataSetLoader>().LoadAsync(seed: 11, fiches: 400, progress: null, CancellationToken.None), 60_000);
        await Host.ForceAllMartenDaemonActivityToCatchUpAsync(CancellationToken.None);

        Assert.Equal(400, report.Fiches);
        Assert.True(report.Events > 400 * 5, $"each fiche is several events, got {report.Events}");
        var list = await (await Host.Scenario(x => x.Get.Url("/api/fiches?pageSize=1"))).Json();
        var defunct = await Host.Services.GetRequiredService<IDocumentStore>().QuerySession()
            .Query<SocialeKaart.Modules.Contracts.Directory.Fiche>().CountAsync(f => f.Status == SocialeKaart.Modules.Contracts.Directory.FicheStatus.Defunct);
        Assert.Equal(400 - defunct, list.GetProperty("total").GetInt32());

        var hospitals = await (await Host.Scenario(x => x.Get.Url("/api/search?q=ziekenhuis"))).Json();
        var hospital = hospitals.GetProperty("hits")[0].GetProperty("id").GetGuid();
        var fiche = await Host.Fiche(hospital);
        Assert.Contains(fiche.GetProperty("rubrieken")[0].GetString(), new[] { "02.06.01", "02.06.02", "03.02" });
        Assert.StartsWith("https://", fiche.GetProperty("contact").GetProperty("website").GetString() ?? "https://");

        var history = await (await Host.Scenario(x => { x.Get.Url($"/api/fiches/{hospital}/history"); x.As(TestUsers.Auditor); })).Json();
        Assert.Equal("organisation_registered", history[0].GetProperty("type").GetString());
        Assert.Equal("Eurostat GISCO", history[0].GetProperty("by").GetProperty("name").GetString());
    }

    [Fact]
    public async Task importing_the_registers_again_appends_nothing_and_a_changed_record_only_its_change()
    {
        var loader = Host.Services.GetRequiredService<DataSetLoader>();
        var registers = loader.ReadRegisters();
        if (registers.Fiches.Count == 0)
        {
            Console.WriteLine($"SKIPPED {nameof(importing_the_registers_again_appends_nothing_and_a_changed_record_only_its_change)}: {registers.Summary}");
            return;
        }
        var sample = registers.Fiches.Where(f => f.Profile == "ocmw").Take(40).ToList();
        var import = Host.Services.GetRequiredService<SocialeKaart.Modules.Directory.DataSet.Registers.RegisterImport>();
        await Host.ExecuteAndWaitAsync(async () => await import.ImportAsync(sample, CancellationToken.None), 60_000);

        var again = await Host.Scenario(x => { x.Post.Url("/api/registers/import"); x.As(TestUsers.Administrator); });
        var report = await again.Json();
        Assert.Equal(0, report.GetProperty("updated").GetInt32());
        Assert.True(report.GetProperty("unchanged").GetInt32() >= sample.Count, report.ToString());
        Assert.Equal(report.GetProperty("records").GetInt32(),
            report.GetProperty("created").GetInt32() + report.GetProperty("unchanged").GetInt32() + report.GetProperty("refused").GetInt32());

        var changed = sample[0] with { Contact = sample[0].Contact with { Phones = [new SocialeKaart.Modules.Contracts.Directory.Phone(null, "09 111 22 33")] } };
        var second = await import.ImportAsync([changed], CancellationToken.None);
        Assert.Equal(1, second.Updated);
        var history = await (await Host.Scenario(x => { x.Get.Url($"/api/fiches/{changed.Id}/history"); x.As(TestUsers.Auditor); })).Json();
        var last = history[history.GetArrayLength() - 1];
        Assert.Equal("contact_details_changed", last.GetProperty("type").GetString());
        Assert.Equal("Agentschap Binnenlands Bestuur – Organisatieportaal", last.GetProperty("by").GetProperty("name").GetString());
        var fiche = await Host.Fiche(changed.Id);
        Assert.Equal("09 111 22 33", fiche.GetProperty("contact").GetProperty("phones")[0].GetProperty("number").GetString());
        Assert.Equal("Agentschap Binnenlands Bestuur – Organisatieportaal", fiche.GetProperty("source").GetProperty("register").GetString());
    }

    [Fact]
    public async Task only_administrators_import_registers()
    {
        await Host.Scenario(x => { x.Post.Url("/api/registers/import"); x.As(TestUsers.Coordinator); x.StatusCodeShouldBe(403); });
        await Host.Scenario(x => { x.Post.Url("/api/registers/import"); x.StatusCodeShouldBe(401); });
    }

    [Fact]
    public async Task loading_is_recorded_so_a_restart_does_not_load_twice()
    {
        await Host.ExecuteAndWaitAsync(async () =>
            await Host.Services.GetRequiredService<DataSetLoader>().LoadAsync(seed: 12, fiches: 50, progress: null, CancellationToken.None), 60_000);

        var manifest = await Host.Services.GetRequiredService<IDocumentStore>().QuerySession().LoadAsync<DataSetManifest>(DataSetManifest.TheId);
        Assert.NotNull(manifest);
        Assert.Equal(50, manifest.Fiches);
        Assert.Equal(12, manifest.Seed);
    }
}
