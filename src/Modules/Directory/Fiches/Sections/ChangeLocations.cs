namespace SocialeKaart.Modules.Directory.Fiches.Sections;

/// <param name="Id">An existing location's id to keep it (schedules refer to it); none for a new location.</param>
public sealed record LocationInput(Guid? Id, string? Name, AddressInput? Address, GeoPoint? Point, string? Accessibility, WorkingAreaInput? WorkingArea);

public sealed record ChangeLocations(IReadOnlyList<LocationInput>? Locations, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangeLocationsEndpoint
{
    public const int MaxLocations = 50;

    public static ProblemDetails Validate(ChangeLocations command, Fiche? fiche, IGeography geography) =>
        FicheCommands.Check(command, fiche, errors => Resolve(command, fiche, errors, geography));

    [WolverinePut("/api/fiches/{ficheId}/locations", Name = "ChangeLocations")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeLocations command, [WriteAggregate(Required = false)] Fiche fiche, IGeography geography, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new LocationsChanged(
            fiche.Id, Resolve(command, fiche, new InputErrors(), geography), SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));

    public static List<Location> Resolve(ChangeLocations command, Fiche? fiche, InputErrors errors, IGeography geography)
    {
        errors.Check(command.Locations is { Count: > 0 }, "locations", "Een fiche heeft minstens één vestiging.");
        var known = fiche?.Locations.Select(l => l.Id).ToHashSet() ?? [];
        var result = new List<Location>();
        errors.Each("locations", command.Locations, MaxLocations, (input, path) =>
        {
            if (input.Id is { } id && !known.Contains(id)) errors.Add($"{path}.id", "Deze vestiging hoort niet bij de fiche; laat het id weg voor een nieuwe.");
            errors.Optional($"{path}.name", input.Name, SectionRules.ShortTextMax).Optional($"{path}.accessibility", input.Accessibility, SectionRules.LongTextMax);
            var address = errors.ResolveAddress($"{path}.address", input.Address, geography);
            var point = errors.CheckPoint($"{path}.point", input.Point);
            var area = errors.ResolveWorkingArea($"{path}.workingArea", input.WorkingArea, geography);
            if (address is null) return;
            result.Add(new Location(input.Id ?? Guid.CreateVersion7(), SectionRules.Trim(input.Name), address,
                point ?? geography.PointOfPostcode(address.Postcode)!, SectionRules.Trim(input.Accessibility), area));
        });
        var duplicates = result.GroupBy(l => l.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) errors.Add("locations", "Dezelfde vestiging staat er meer dan eens in.");
        return result;
    }
}
