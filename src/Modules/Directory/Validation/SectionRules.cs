using System.Text.RegularExpressions;
using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.Modules.Directory.Validation;

/// <summary>
/// Checks and cleans each fiche section: trims text, turns missing lists into empty ones, normalises
/// numbers, and names every problem by the JSON path of the field.
/// </summary>
public static partial class SectionRules
{
    public const int NameMax = 200;
    public const int ShortTextMax = 200;
    public const int LongTextMax = 5000;
    public const int ReasonMax = 500;

    public static FicheIdentity CleanIdentity(this InputErrors errors, string field, FicheIdentity? identity)
    {
        if (identity is null) { errors.Add(field, "Dit veld is verplicht."); return null!; }
        errors.Required($"{field}.name", identity.Name, NameMax)
            .Optional($"{field}.shortName", identity.ShortName, 50)
            .Optional($"{field}.legalForm", identity.LegalForm, 100)
            .Each($"{field}.otherNames", identity.OtherNames, 10, (name, path) => errors.Required(path, name, NameMax));
        string? kbo = null;
        if (!string.IsNullOrWhiteSpace(identity.EnterpriseNumber) && !KboNumber.TryNormalize(identity.EnterpriseNumber, out kbo!))
            errors.Add($"{field}.enterpriseNumber", "Geen geldig ondernemingsnummer: tien cijfers, beginnend met 0 of 1, met een juist controlegetal (bv. 0123.456.749).");
        return new FicheIdentity(Trim(identity.Name)!, Trim(identity.ShortName), Texts(identity.OtherNames), Trim(identity.LegalForm), kbo);
    }

    public static ContactDetails CleanContact(this InputErrors errors, string field, ContactDetails? contact)
    {
        if (contact is null) { errors.Add(field, "Dit veld is verplicht."); return null!; }
        errors.Each($"{field}.phones", contact.Phones, 10, (phone, path) =>
            errors.Optional($"{path}.label", phone.Label, ContactRules.LabelMax).CheckPhone($"{path}.number", phone.Number));
        errors.Each($"{field}.emails", contact.Emails, 10, (email, path) =>
            errors.Optional($"{path}.label", email.Label, ContactRules.LabelMax).CheckEmail($"{path}.address", email.Address));
        if (!string.IsNullOrWhiteSpace(contact.Website)) errors.CheckUrl($"{field}.website", contact.Website);
        errors.Each($"{field}.links", contact.Links, 20, (link, path) =>
            errors.Optional($"{path}.label", link.Label, ContactRules.LabelMax).CheckUrl($"{path}.url", link.Url));
        return new ContactDetails(
            (contact.Phones ?? []).Select(p => new Phone(Trim(p?.Label), Trim(p?.Number)!)).ToList(),
            (contact.Emails ?? []).Select(e => new Email(Trim(e?.Label), Trim(e?.Address)!)).ToList(),
            Trim(contact.Website),
            (contact.Links ?? []).Select(l => new Link(Trim(l?.Label), Trim(l?.Url)!)).ToList());
    }

    public static FicheContent CleanContent(this InputErrors errors, string field, FicheContent? content)
    {
        if (content is null) { errors.Add(field, "Dit veld is verplicht."); return null!; }
        errors.Optional($"{field}.generalOperation", content.GeneralOperation, LongTextMax)
            .Optional($"{field}.tasks", content.Tasks, LongTextMax)
            .Optional($"{field}.registration", content.Registration, LongTextMax)
            .Optional($"{field}.cost", content.Cost, LongTextMax)
            .Optional($"{field}.targetGroup.description", content.TargetGroup?.Description, LongTextMax)
            .Each($"{field}.targetGroup.tags", content.TargetGroup?.Tags, 30, (tag, path) =>
                errors.Check(Vocabularies.TargetGroups.ContainsKey(tag), path, $"Onbekende doelgroep '{tag}'."))
            .Each($"{field}.languages", content.Languages, 30, (language, path) =>
                errors.Check(Vocabularies.Languages.ContainsKey(language), path, $"Onbekende taalcode '{language}' (ISO 639-1, bv. nl, fr, en)."));
        return new FicheContent(Trim(content.GeneralOperation), Trim(content.Tasks),
            new TargetGroup((content.TargetGroup?.Tags ?? []).Distinct().ToList(), Trim(content.TargetGroup?.Description)),
            Trim(content.Registration), Trim(content.Cost), (content.Languages ?? []).Distinct().ToList(), content.CostKind);
    }

    public static List<Recognition> CleanRecognitions(this InputErrors errors, string field, IReadOnlyList<Recognition>? recognitions)
    {
        errors.Each(field, recognitions, 50, (r, path) =>
        {
            errors.Required($"{path}.authority", r.Authority, ShortTextMax).Required($"{path}.type", r.Type, ShortTextMax)
                .Optional($"{path}.number", r.Number, 50);
            if (r.ValidFrom is { } from && r.ValidTo is { } to && to < from)
                errors.Add($"{path}.validTo", "De einddatum ligt voor de begindatum.");
        });
        return (recognitions ?? []).Select(r => r with { Authority = Trim(r.Authority)!, Type = Trim(r.Type)!, Number = Trim(r.Number) }).ToList();
    }

    public static HealthPractice? CleanHealthPractice(this InputErrors errors, string field, HealthPractice? practice)
    {
        if (practice is null) return null;
        errors.Each($"{field}.disciplines", practice.Disciplines, 50, (d, path) =>
        {
            errors.Required($"{path}.name", d.Name, ShortTextMax);
            errors.Each($"{path}.providers", d.Providers, 200, (p, providerPath) =>
            {
                errors.Required($"{providerPath}.name", p.Name, NameMax);
                if (!string.IsNullOrWhiteSpace(p.RizivNumber) && !RizivNumber().IsMatch(p.RizivNumber.Trim()))
                    errors.Add($"{providerPath}.rizivNumber", "Een RIZIV-nummer heeft 11 cijfers, bv. 1-23456-78-901.");
            });
        });
        return new HealthPractice((practice.Disciplines ?? []).Select(d => new Discipline(Trim(d?.Name)!,
            (d?.Providers ?? []).Select(p => new CareProvider(Trim(p?.Name)!, Trim(p?.RizivNumber))).ToList())).ToList());
    }

    public static InputErrors CheckReason(this InputErrors errors, string? reason) => errors.Optional("reason", reason, ReasonMax);

    public static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Texts(IReadOnlyList<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();

    [GeneratedRegex(@"^(?:[0-9][ .-]?){11}$")]
    private static partial Regex RizivNumber();
}
