using SocialeKaart.Modules.Contracts;

namespace SocialeKaart.Modules.Directory.Fiches;

// The fiche's event stream is its audit log forever: add fields, never rename or reuse.

/// <summary>Every fiche event says who caused it and when, for the audit history.</summary>
public interface IFicheEvent
{
    Guid FicheId { get; }
    Actor By { get; }
    DateTimeOffset At { get; }
}

public sealed record PostalAddress(string Street, string Number, string? Box, string Postcode, string Municipality);

public sealed record OrganisationRegistered(
    Guid FicheId, string Name, PostalAddress Address, string Phone, Actor By, DateTimeOffset At) : IFicheEvent;

public sealed record OrganisationRenamed(Guid FicheId, string Name, string? Reason, Actor By, DateTimeOffset At) : IFicheEvent;
