using System.Net.Mail;
using Marten;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Contracts.Geography;
using SocialeKaart.Modules.Contracts.Review;
using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Suggestions;

/// <summary>
/// Checks a suggestion from the public form and starts its stream. Texts are stored as typed (the pages
/// escape them); limits keep a single suggestion small.
/// </summary>
public sealed class ChangeSuggestionService(IDocumentStore store, IFicheDetails fiches, IGeography geography, TimeProvider clock) : IChangeSuggestions
{
    public const int MaxMessage = 2000;
    public const int MaxName = 100;
    public const int MaxContact = 200;

    public async Task<SuggestionOutcome> SubmitAsync(ChangeSuggestionForm form, CancellationToken ct)
    {
        var errors = new InputErrors()
            .Check(form.Topics.Count > 0, "topics", "Kies wat er niet klopt.")
            .Required("message", form.Message, MaxMessage)
            .Required("senderName", form.SenderName, MaxName)
            .Optional("senderEmail", form.SenderEmail, MaxContact)
            .Optional("senderPhone", form.SenderPhone, MaxContact)
            .Check(!string.IsNullOrWhiteSpace(form.SenderEmail) || !string.IsNullOrWhiteSpace(form.SenderPhone), "senderEmail",
                "Geef een e-mailadres of telefoonnummer, zodat de redactie je kan bereiken met een vraag.");
        if (!string.IsNullOrWhiteSpace(form.SenderEmail) && !MailAddress.TryCreate(form.SenderEmail.Trim(), out _))
            errors.Add("senderEmail", "Dit is geen geldig e-mailadres.");
        if (!string.IsNullOrWhiteSpace(form.SenderPhone) && form.SenderPhone.Count(char.IsDigit) is < 9 or > 15)
            errors.Add("senderPhone", "Dit is geen geldig telefoonnummer.");
        var fiche = await fiches.FicheAsync(form.FicheId, ct);
        if (fiche is null) errors.Add("ficheId", "Deze organisatie bestaat niet.");
        if (errors.Any) return new SuggestionOutcome(null, errors.ByField);

        var id = Guid.CreateVersion7();
        await using var session = store.LightweightSession();
        session.Events.StartStream<ChangeSuggestion>(id, new ChangeSuggested(id, form.FicheId, fiche!.Name, form.Topics.Distinct().ToList(),
            form.Message!.Trim(), form.SenderName!.Trim(), Clean(form.SenderEmail), Clean(form.SenderPhone), clock.GetUtcNow(),
            ReviewRules.ProvinceOf(fiche, geography)));
        await session.SaveChangesAsync(ct);
        return new SuggestionOutcome(id, new Dictionary<string, string[]>());
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
