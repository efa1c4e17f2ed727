using Microsoft.AspNetCore.Http;

namespace SocialeKaart.Modules.Directory.Classification;

public sealed record CreateRubriek(string? Name, string? ParentCode, string? Code);

public sealed record RenameRubriek(string? Name, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion);

public sealed record MoveRubriek(string? ParentCode, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion);

public sealed record RetireRubriek(string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion);

public sealed record RubriekRetirement(string Code, long Version, IReadOnlyList<FicheReference> FichesStillUsingIt);

/// <summary>
/// The coordinators' maintenance of the rubriek tree. Rubrieken are addressed by code, so these endpoints
/// load the rubriek themselves and append with the version the client read (optimistic concurrency).
/// </summary>
public static class RubriekEndpoints
{
    [WolverineGet("/api/rubrieken", Name = "RubriekTree")]
    [AllowAnonymous]
    public static async Task<IReadOnlyList<RubriekNode>> Tree(IQuerySession session, bool? includeRetired, CancellationToken ct) =>
        RubriekTree.Nest(await session.Query<Rubriek>().ToListAsync(ct), includeRetired == true);

    [WolverinePost("/api/rubrieken", Name = "CreateRubriek")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Create(CreateRubriek command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var errors = new InputErrors().Required("name", command.Name, SectionRules.ShortTextMax);
        Rubriek? parent = null;
        if (!string.IsNullOrWhiteSpace(command.ParentCode))
        {
            parent = await ByCode(session, command.ParentCode.Trim(), ct);
            errors.Check(parent is { Retired: false }, "parentCode", $"Er bestaat geen actieve rubriek {command.ParentCode}.");
            errors.Check(parent is null || RubriekTree.Depth(parent.Code) < RubriekTree.MaxDepth, "parentCode", "Onder deze rubriek kan geen dieper niveau meer.");
        }
        var code = string.IsNullOrWhiteSpace(command.Code) ? await NextCode(session, parent?.Code, ct) : command.Code.Trim();
        errors.Check(RubriekTree.IsWellFormedCode(code), "code", "Een rubriekcode bestaat uit groepjes van twee cijfers, bv. 14.04.01.");
        errors.Check(parent is null ? !code.Contains('.') : code.StartsWith(parent.Code + ".", StringComparison.Ordinal) && RubriekTree.Depth(code) == RubriekTree.Depth(parent.Code) + 1,
            "code", "De code moet één niveau onder die van de bovenliggende rubriek liggen.");
        if (!errors.Any && await ByCode(session, code, ct) is not null) errors.Add("code", $"Rubriek {code} bestaat al.");
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var id = Guid.CreateVersion7();
        session.Events.StartStream<Rubriek>(id, new RubriekCreated(id, code, command.Name!.Trim(), parent?.Code, user.ToActor(), clock.GetUtcNow()));
        return Results.Created($"/api/rubrieken/{code}", new { code, version = 1 });
    }

    [WolverinePost("/api/rubrieken/{code}/rename", Name = "RenameRubriek")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Rename(string code, RenameRubriek command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var rubriek = await ByCode(session, code, ct);
        var problem = Check(rubriek, command.ExpectedVersion, new InputErrors().Required("name", command.Name, SectionRules.ShortTextMax).CheckReason(command.Reason));
        if (problem is not null) return problem;
        return Append(session, rubriek!, new RubriekRenamed(rubriek!.Id, command.Name!.Trim(), SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }

    [WolverinePost("/api/rubrieken/{code}/move", Name = "MoveRubriek")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Move(string code, MoveRubriek command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var all = (await session.Query<Rubriek>().ToListAsync(ct)).ToDictionary(r => r.Code);
        var rubriek = all.GetValueOrDefault(code);
        var errors = new InputErrors().CheckReason(command.Reason);
        var target = string.IsNullOrWhiteSpace(command.ParentCode) ? null : command.ParentCode.Trim();
        if (rubriek is not null && target is not null)
        {
            errors.Check(all.TryGetValue(target, out var parent) && !parent.Retired, "parentCode", $"Er bestaat geen actieve rubriek {target}.");
            // Walking up from the new parent must not meet the rubriek itself: it cannot move under its own subtree.
            for (var up = target; up is not null && all.ContainsKey(up); up = all[up].ParentCode)
                if (up == code) { errors.Add("parentCode", "Een rubriek kan niet onder zichzelf of een van haar subrubrieken."); break; }
            errors.Check(!all.ContainsKey(target) || Level(all, target) + Height(all, code) <= RubriekTree.MaxDepth, "parentCode",
                $"Na de verplaatsing zou de boom dieper worden dan {RubriekTree.MaxDepth} niveaus.");
        }
        var problem = Check(rubriek, command.ExpectedVersion, errors);
        if (problem is not null) return problem;
        return Append(session, rubriek!, new RubriekMoved(rubriek!.Id, target, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }

    [WolverinePost("/api/rubrieken/{code}/retire", Name = "RetireRubriek")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Retire(string code, RetireRubriek command, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var rubriek = await ByCode(session, code, ct);
        var problem = Check(rubriek, command.ExpectedVersion, new InputErrors().Required("reason", command.Reason, SectionRules.ReasonMax));
        if (problem is not null) return problem;
        if (rubriek!.Retired) return Results.Problem(Problems.Conflict($"Rubriek {code} is al afgeschaft."));
        if (await session.Query<Rubriek>().AnyAsync(r => r.ParentCode == code && !r.Retired, ct))
            return Results.Problem(Problems.Conflict($"Rubriek {code} heeft nog actieve subrubrieken: schaf die eerst af of verplaats ze."));

        session.Events.Append(rubriek.Id, rubriek.Version + 1, new RubriekRetired(rubriek.Id, command.Reason!.Trim(), user.ToActor(), clock.GetUtcNow()));
        // Fiches keep the retired code until a coordinator reassigns them: they are reported, never silently emptied.
        return Results.Ok(new RubriekRetirement(code, rubriek.Version + 1, await RubriekTree.FichesUsing(session, code, ct)));
    }

    [WolverineGet("/api/rubrieken/{code}/fiches", Name = "FichesUsingRubriek")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Fiches(string code, IQuerySession session, CancellationToken ct) =>
        await ByCode(session, code, ct) is null
            ? Results.Problem(Problems.NotFound($"Er bestaat geen rubriek {code}."))
            : Results.Ok(await RubriekTree.FichesUsing(session, code, ct));

    private static Task<Rubriek?> ByCode(IQuerySession session, string code, CancellationToken ct) =>
        session.Query<Rubriek>().FirstOrDefaultAsync(r => r.Code == code, ct);

    private static IResult? Check(Rubriek? rubriek, long? expectedVersion, InputErrors errors)
    {
        if (rubriek is null) return Results.Problem(Problems.NotFound("Er bestaat geen rubriek met deze code."));
        errors.RequireVersion(expectedVersion);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        return expectedVersion != rubriek.Version ? Results.Problem(Problems.StaleVersion(expectedVersion!.Value, rubriek.Version)) : null;
    }

    private static IResult Append(IDocumentSession session, Rubriek rubriek, object change)
    {
        session.Events.Append(rubriek.Id, rubriek.Version + 1, change);
        return Results.Ok(new { code = rubriek.Code, version = rubriek.Version + 1 });
    }

    private static async Task<string> NextCode(IQuerySession session, string? parentCode, CancellationToken ct)
    {
        var siblings = await session.Query<Rubriek>().Where(r => r.ParentCode == parentCode).Select(r => r.Code).ToListAsync(ct);
        var next = siblings.Select(c => int.Parse(c[^2..])).DefaultIfEmpty(0).Max() + 1;
        return parentCode is null ? $"{next:00}" : $"{parentCode}.{next:00}";
    }

    private static int Level(Dictionary<string, Rubriek> all, string code)
    {
        var level = 1;
        for (var up = all[code].ParentCode; up is not null && all.ContainsKey(up); up = all[up].ParentCode) level++;
        return level;
    }

    private static int Height(Dictionary<string, Rubriek> all, string code) =>
        1 + all.Values.Where(r => r.ParentCode == code).Select(r => Height(all, r.Code)).DefaultIfEmpty(0).Max();
}
