using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Directory.Classification;
using SocialeKaart.Modules.Directory.Fiches;
using Wolverine.Marten.Publishing;

namespace SocialeKaart.Modules.Directory.DataSet.Registers;

/// <summary>What one import did.</summary>
public sealed record RegisterImportReport(int Records, int Created, int Updated, int Unchanged, int Refused, IReadOnlyList<string> Problems)
{
    public long Events { get; init; }
}

/// <summary>
/// What a register said of a fiche at its last import, section by section (a hash of each section's content), so a
/// re-import changes only what the register changed since: an owner's approved edit of a field the register still
/// reports the same way is kept.
/// </summary>
public sealed class RegisterImportState
{
    public Guid Id { get; set; }
    public Dictionary<string, string> Sections { get; set; } = [];
}

/// <summary>
/// Imports register records as fiches, idempotently: the fiche id follows from the record's key, a new record
/// starts a stream through the API's own checks and decisions, and a known one gets only the section events whose
/// content the register changed since its last import, written with the register as actor, so the history shows
/// where each change came from. Each batch is one transaction with its FicheChanged messages (Wolverine's outbox).
/// </summary>
public sealed class RegisterImport(IServiceProvider services, IDocumentStore store, IGeography geography)
{
    public const int BatchSize = 500;

    public async Task<RegisterImportReport> ImportAsync(IReadOnlyList<GeneratedFiche> fiches, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        var codes = (await query.Query<Rubriek>().Where(r => !r.Retired).Select(r => r.Code).ToListAsync(ct)).ToHashSet();
        var thesaurus = (await query.Query<Trefwoord>().Where(t => !t.Retired).ToListAsync(ct)).ToList();
        int created = 0, updated = 0, unchanged = 0, refused = 0;
        long events = 0;
        var problems = new List<string>();
        foreach (var batch in fiches.Chunk(BatchSize))
        {
            await using var scope = services.CreateAsyncScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            await using var session = scope.ServiceProvider.GetRequiredService<OutboxedSessionFactory>().OpenSession(bus);
            var ids = batch.Select(f => f.Id).ToArray();
            var current = (await session.LoadManyAsync<Fiche>(ct, ids)).ToDictionary(f => f.Id);
            var states = (await session.LoadManyAsync<RegisterImportState>(ct, ids)).ToDictionary(s => s.Id);
            foreach (var fiche in batch)
            {
                List<object> decided;
                try { decided = GeneratedFicheEvents.Decide(fiche, geography, codes, thesaurus); }
                catch (InvalidOperationException e)
                {
                    refused++;
                    if (problems.Count < 20) problems.Add(e.Message);
                    continue;
                }
                var hashes = Hashes(decided);
                if (!current.TryGetValue(fiche.Id, out var existing))
                {
                    session.Events.StartStream<Fiche>(fiche.Id, decided.ToArray());
                    var final = decided.Aggregate((Fiche?)null, FicheEvolution.Apply)!;
                    await bus.PublishAsync(final.ToFicheChanged(decided.Count, fiche.At));
                    created++;
                    events += decided.Count;
                }
                else
                {
                    var changes = Changes(existing, decided, states.GetValueOrDefault(fiche.Id)?.Sections ?? []);
                    if (changes.Count == 0) { unchanged++; continue; }
                    session.Events.Append(fiche.Id, changes.ToArray());
                    var final = changes.Aggregate(existing, FicheEvolution.Apply);
                    await bus.PublishAsync(final.ToFicheChanged(existing.Version + changes.Count, changes[^1].At));
                    updated++;
                    events += changes.Count;
                }
                session.Store(new RegisterImportState { Id = fiche.Id, Sections = hashes });
            }
            await session.SaveChangesAsync(ct);
        }
        return new RegisterImportReport(fiches.Count, created, updated, unchanged, refused, problems) { Events = events };
    }

    /// <summary>
    /// The events a re-import appends to an existing fiche: those of a section whose content the register changed
    /// since its last import (<paramref name="previous"/>), and only when they change the fiche. The registration
    /// becomes a change of the first address, which keeps its id.
    /// </summary>
    public static List<IFicheEvent> Changes(Fiche existing, IReadOnlyList<object> decided, IReadOnlyDictionary<string, string> previous)
    {
        var registered = (OrganisationRegistered)decided[0];
        var hashes = Hashes(decided);
        var address = registered.Location with { Id = existing.Locations.FirstOrDefault()?.Id ?? registered.Location.Id };
        var candidates = new List<IFicheEvent> { new LocationsChanged(existing.Id, [address, .. existing.Locations.Skip(1)], null, registered.By, registered.At) };
        candidates.AddRange(decided.Skip(1).OfType<IFicheEvent>().Where(e => e is not FicheVerified));
        if (!decided.OfType<FicheMarkedDefunct>().Any() && existing.Status == FicheStatus.Defunct && existing.StatusNote?.StartsWith("Niet actief volgens", StringComparison.Ordinal) == true)
            candidates.Add(new FicheReopened(existing.Id, "Opnieuw actief volgens het register.", registered.By, registered.At));
        var state = existing;
        var kept = new List<IFicheEvent>();
        foreach (var change in candidates)
        {
            var section = Section(change);
            if (previous.TryGetValue(section, out var before) && hashes.TryGetValue(section, out var now) && before == now) continue;
            var after = FicheEvolution.Apply(FicheFields.Clone(state), change);
            if (FicheFields.Diff(FicheFields.Flatten(state), FicheFields.Flatten(after)).Count == 0) continue;
            kept.Add(change);
            state = after;
        }
        return kept;
    }

    /// <summary>A hash of each section's content as the register gives it, without ids, times and actors.</summary>
    public static Dictionary<string, string> Hashes(IEnumerable<object> decided) => decided.OfType<IFicheEvent>()
        .GroupBy(Section).ToDictionary(g => g.Key, g => Hash(g.Last()), StringComparer.Ordinal);

    private static string Section(IFicheEvent e) => e switch
    {
        OrganisationRegistered or LocationsChanged => "address",
        FicheMarkedDefunct or FicheReopened => "status",
        _ => e.GetType().Name,
    };

    private static string Hash(IFicheEvent e)
    {
        var node = JsonSerializer.SerializeToNode(e, e.GetType(), FicheFields.Options)!.AsObject();
        foreach (var key in new[] { "ficheId", "by", "at", "reason" }) node.Remove(key);
        Strip(node);
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(node)))[..32];
    }

    // Location ids are new on every decision; they say nothing about the content.
    private static void Strip(JsonNode? node)
    {
        if (node is JsonObject o) { o.Remove("id"); foreach (var (_, child) in o) Strip(child); }
        else if (node is JsonArray a) foreach (var child in a) Strip(child);
    }
}
