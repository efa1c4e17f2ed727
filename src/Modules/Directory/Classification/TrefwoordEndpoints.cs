using Microsoft.AspNetCore.Http;

namespace SocialeKaart.Modules.Directory.Classification;

public sealed record TrefwoordInput(
    string? Term, IReadOnlyList<string>? Synonyms, IReadOnlyList<string>? Acronyms, string? Reason,
    [property: JsonPropertyName("version")] long? ExpectedVersion);

public sealed record RetireTrefwoord(string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion);

public sealed record TrefwoordView(Guid Id, int Version, string Term, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Acronyms)
{
    public static TrefwoordView From(Trefwoord t) => new(t.Id, t.Version, t.Term, t.Synonyms, t.Acronyms);
}

/// <summary>The trefwoorden thesaurus: preferred terms with synonyms and acronyms, maintained by coordinators.</summary>
public static class TrefwoordEndpoints
{
    [WolverineGet("/api/trefwoorden", Name = "Trefwoorden")]
    [AllowAnonymous]
    public static async Task<IResult> List(string? q, IQuerySession session, CancellationToken ct)
    {
        var errors = new InputErrors().Optional("q", q, 100);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var all = await session.Query<Trefwoord>().Where(t => !t.Retired).ToListAsync(ct);
        var result = string.IsNullOrWhiteSpace(q) ? all.OrderBy(t => t.Term, StringComparer.Ordinal) : Thesaurus.Suggest(all, q, 20);
        return Results.Ok(result.Select(TrefwoordView.From).ToList());
    }

    [WolverinePost("/api/trefwoorden", Name = "CreateTrefwoord")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Create(TrefwoordInput command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var all = await session.Query<Trefwoord>().ToListAsync(ct);
        var errors = Check(command, all, exceptId: null);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var id = Guid.CreateVersion7();
        session.Events.StartStream<Trefwoord>(id, new TrefwoordCreated(id, command.Term!.Trim(), Clean(command.Synonyms), Clean(command.Acronyms), user.ToActor(), clock.GetUtcNow()));
        return Results.Created($"/api/trefwoorden/{id}", new { id, version = 1 });
    }

    [WolverinePut("/api/trefwoorden/{id}", Name = "ChangeTrefwoord")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Change(Guid id, TrefwoordInput command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var all = await session.Query<Trefwoord>().ToListAsync(ct);
        var current = all.FirstOrDefault(t => t.Id == id);
        if (current is null) return Results.Problem(Problems.NotFound("Er bestaat geen trefwoord met dit id."));
        var errors = Check(command, all, exceptId: id).RequireVersion(command.ExpectedVersion);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        if (command.ExpectedVersion != current.Version) return Results.Problem(Problems.StaleVersion(command.ExpectedVersion!.Value, current.Version));
        session.Events.Append(id, current.Version + 1, new TrefwoordChanged(id, command.Term!.Trim(), Clean(command.Synonyms), Clean(command.Acronyms),
            SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
        return Results.Ok(new { id, version = current.Version + 1 });
    }

    [WolverinePost("/api/trefwoorden/{id}/retire", Name = "RetireTrefwoord")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Retire(Guid id, RetireTrefwoord command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var current = await session.LoadAsync<Trefwoord>(id, ct);
        if (current is null) return Results.Problem(Problems.NotFound("Er bestaat geen trefwoord met dit id."));
        var errors = new InputErrors().Required("reason", command.Reason, SectionRules.ReasonMax)
            .RequireVersion(command.ExpectedVersion);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        if (command.ExpectedVersion != current.Version) return Results.Problem(Problems.StaleVersion(command.ExpectedVersion!.Value, current.Version));
        if (current.Retired) return Results.Problem(Problems.Conflict("Dit trefwoord is al afgeschaft."));
        session.Events.Append(id, current.Version + 1, new TrefwoordRetired(id, command.Reason!.Trim(), user.ToActor(), clock.GetUtcNow()));
        return Results.Ok(new { id, version = current.Version + 1 });
    }

    // A form may lead to one term only, or a search for it would be ambiguous.
    private static InputErrors Check(TrefwoordInput command, IReadOnlyList<Trefwoord> all, Guid? exceptId)
    {
        var errors = new InputErrors();
        errors.Required("term", command.Term, 100).CheckReason(command.Reason)
            .Each("synonyms", command.Synonyms, 50, (s, path) => errors.Required(path, s, 100))
            .Each("acronyms", command.Acronyms, 10, (a, path) => errors.Required(path, a, 20));
        if (errors.Any) return errors;
        var taken = all.Where(t => t.Id != exceptId && !t.Retired).SelectMany(t => t.AllForms().Select(f => (form: Thesaurus.Fold(f), t.Term))).ToList();
        foreach (var form in Clean(command.Synonyms).Concat(Clean(command.Acronyms)).Prepend(command.Term!.Trim()))
            if (taken.FirstOrDefault(x => x.form == Thesaurus.Fold(form)) is { Term: not null } clash)
                errors.Add("term", $"'{form}' leidt al naar het trefwoord '{clash.Term}'.");
        return errors;
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
}
