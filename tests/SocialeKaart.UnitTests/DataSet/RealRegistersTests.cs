using SocialeKaart.Modules.Contracts;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Directory.DataSet;
using SocialeKaart.Modules.Directory.DataSet.Registers;
using SocialeKaart.Modules.Directory.Fiches;
using SocialeKaart.Modules.Geography.Places;

namespace SocialeKaart.UnitTests.DataSet;

/// <summary>The real registers of shared/data as fiches. CI always has the folder; elsewhere these say why they are skipped.</summary>
public sealed class RealRegistersTests
{
    private static readonly Gazetteer Geography = GazetteerLoader.LoadEmbedded();
    private static readonly string? Shared = SharedData.Beside(AppContext.BaseDirectory);
    private const string Missing = "The shared data folder (../shared/data beside the repository) is not on this machine.";
    private static readonly Lazy<RealRegisters> Registers = new(() => RealRegisters.Read(Shared!, Geography));
    private static readonly HashSet<string> Codes = ClassificationSeed.Rubrieken(DateTimeOffset.UnixEpoch).Select(r => r.Code).ToHashSet();
    private static readonly List<Trefwoord> Thesaurus = ClassificationSeed.Trefwoorden(DateTimeOffset.UnixEpoch).Select(Trefwoord.Create).ToList();

    [SkippableFact]
    public void every_ocmw_pharmacy_and_hospital_becomes_a_fiche_the_api_accepts()
    {
        Skip.If(Shared is null, Missing);
        var fiches = Registers.Value.Fiches;
        var refused = new List<string>();
        foreach (var fiche in fiches)
            try { GeneratedFicheEvents.Decide(fiche, Geography, Codes, Thesaurus); }
            catch (InvalidOperationException e) { refused.Add(e.Message); }
        // The register lists some organisations without a phone number, which registration requires.
        Assert.True(refused.Count <= 30, string.Join("\n", refused.Take(10)));
        Assert.Equal(fiches.Count, fiches.Select(f => f.Id).Distinct().Count());
        Assert.Equal(300, fiches.Count(f => f.Profile == "ocmw"));
        Assert.Equal(175, fiches.Count(f => f.Profile == "hospital" && f.ParentId is not null || f.Profile == "hospital" && fiches.All(c => c.ParentId != f.Id)));
        Assert.InRange(fiches.Count(f => f.Profile == "apotheek"), 600, 2333);
    }

    [SkippableFact]
    public void pharmacies_are_a_labelled_odbl_layer_with_their_real_opening_hours()
    {
        Skip.If(Shared is null, Missing);
        var pharmacies = Registers.Value.Fiches.Where(f => f.Profile == "apotheek").ToList();
        Assert.All(pharmacies, p => Assert.Equal("© OpenStreetMap contributors", p.Source!.Attribution));
        Assert.All(pharmacies, p => Assert.True(p.Source!.ShareAlike));
        Assert.True(pharmacies.Count(p => p.Schedules.Count > 0) > 300, "most mapped opening hours are read");
        Assert.Equal(pharmacies.Count, pharmacies.Select(p => p.Registration.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(pharmacies, p => Assert.Contains("apothe", p.Registration.Name!.ToLowerInvariant().Replace("pharma", "apothe"), StringComparison.Ordinal));
    }

    [SkippableFact]
    public void every_flemish_municipality_has_its_real_ocmw_so_none_is_invented_there()
    {
        Skip.If(Shared is null, Missing);
        var covered = Registers.Value.Coverage.OcmwMunicipalities;
        var flemish = Geography.AllMunicipalities.Where(m => m.ProvinceCode is not null).Select(m => m.NisCode).ToHashSet();
        Assert.Empty(flemish.Except(covered));
        var ocmw = Registers.Value.Fiches.First(f => f.Registration.Name == "OCMW Aalst");
        Assert.Equal("OCMW", ocmw.Identity.ShortName);
        Assert.Contains("Sociaal Huis Aalst", ocmw.Identity.OtherNames);
    }

    [SkippableFact]
    public void a_reimport_of_the_same_record_changes_nothing_and_a_changed_phone_changes_only_the_contact()
    {
        Skip.If(Shared is null, Missing);
        var record = Registers.Value.Fiches.First(f => f.Profile == "ocmw");
        var first = GeneratedFicheEvents.Decide(record, Geography, Codes, Thesaurus);
        var fiche = first.Aggregate((Fiche?)null, FicheEvolution.Apply)!;
        var imported = RegisterImport.Hashes(first);

        Assert.Empty(RegisterImport.Changes(fiche, GeneratedFicheEvents.Decide(record, Geography, Codes, Thesaurus), imported));

        var moved = record with { Contact = record.Contact with { Phones = [new Phone(null, "09 123 45 67")] } };
        var changes = RegisterImport.Changes(fiche, GeneratedFicheEvents.Decide(moved, Geography, Codes, Thesaurus), imported);
        var change = Assert.Single(changes);
        Assert.IsType<ContactDetailsChanged>(change);
        Assert.Equal(RegisterActors.For(record.Source!), change.By);
    }

    [SkippableFact]
    public void an_owners_approved_edit_stays_when_the_register_still_says_what_it_said()
    {
        Skip.If(Shared is null, Missing);
        var record = Registers.Value.Fiches.First(f => f.Profile == "ocmw");
        var first = GeneratedFicheEvents.Decide(record, Geography, Codes, Thesaurus);
        var fiche = first.Aggregate((Fiche?)null, FicheEvolution.Apply)!;
        var owner = new Actor("account:1", "Eigenaar");
        fiche = FicheEvolution.Apply(fiche, new ContactDetailsChanged(fiche.Id, fiche.Contact with { Phones = [new Phone(null, "09 765 43 21")] }, "Nieuw nummer", owner, DateTimeOffset.UnixEpoch));

        Assert.Empty(RegisterImport.Changes(fiche, GeneratedFicheEvents.Decide(record, Geography, Codes, Thesaurus), RegisterImport.Hashes(first)));
    }
}
