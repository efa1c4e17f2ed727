namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>
/// How each event changes a fiche. One place, used by the inline projection, by command decisions (to know
/// the state after a change) and by the history (to show each field before and after).
/// </summary>
public static class FicheEvolution
{
    public static Fiche Apply(Fiche? fiche, object @event)
    {
        if (@event is OrganisationRegistered registered)
            return new Fiche
            {
                Id = registered.FicheId,
                Identity = new FicheIdentity(registered.Name, null, [], null, null),
                Locations = [registered.Location],
                Contact = new ContactDetails([new Phone(null, registered.Phone)], [], null, []),
                RegisteredAt = registered.At,
                LastChangedAt = registered.At,
            };

        ArgumentNullException.ThrowIfNull(fiche, "An event other than OrganisationRegistered needs an existing fiche.");
        switch (@event)
        {
            case OrganisationRenamed e: fiche.Identity = fiche.Identity with { Name = e.Name }; break;
            case IdentityChanged e: fiche.Identity = e.Identity; break;
            case LocationsChanged e: fiche.Locations = [.. e.Locations]; break;
            case ContactDetailsChanged e: fiche.Contact = e.Contact; break;
            case ContentChanged e: fiche.Content = e.Content; break;
            case OpeningHoursChanged e: fiche.Schedules = [.. e.Schedules]; break;
            case RecognitionsChanged e: fiche.Recognitions = [.. e.Recognitions]; fiche.AdministrativeInfo = e.AdministrativeInfo; break;
            case PersonsChanged e: fiche.Persons = [.. e.Persons]; break;
            case ActivitiesChanged e: fiche.Activities = [.. e.Activities]; break;
            case HealthPracticeChanged e: fiche.HealthPractice = e.Practice; break;
            case WorkingAreaChanged e: fiche.WorkingArea = e.WorkingArea; break;
            case RubriekenAssigned e: fiche.Rubrieken = [.. e.Codes]; break;
            case TrefwoordenAssigned e: fiche.Trefwoorden = [.. e.Terms]; break;
            case ParentOrganisationChanged e: fiche.ParentId = e.ParentId; break;
            case FicheClosedTemporarily e: (fiche.Status, fiche.StatusNote, fiche.ClosedUntil) = (FicheStatus.TemporarilyClosed, e.Reason, e.Until); break;
            case FicheReopened: (fiche.Status, fiche.StatusNote, fiche.ClosedUntil) = (FicheStatus.Active, null, null); break;
            case FicheMarkedDefunct e: (fiche.Status, fiche.StatusNote, fiche.ClosedUntil) = (FicheStatus.Defunct, e.Reason, null); break;
            case PersonalDataErased:
                fiche.Persons = [];
                fiche.HealthPractice = fiche.HealthPractice is null ? null : Erased(fiche.HealthPractice);
                break;
            case FicheVerified e: (fiche.VerifiedAt, fiche.VerifiedBy) = (e.At, e.By); break;
            case FicheSourceLinked e: fiche.Source = e.Source; break;
            default: return fiche;
        }
        // verified_at is its own fact; confirming a fiche is not a change to its content.
        if (@event is IFicheEvent changed and not FicheVerified) fiche.LastChangedAt = changed.At;
        return fiche;
    }

    /// <summary>The same masking the event store applies to HealthPracticeChanged (DirectoryModule).</summary>
    public static HealthPractice Erased(HealthPractice practice) => FichePersonalData.Erase(practice);
}
