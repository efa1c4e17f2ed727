using SocialeKaart.Modules.Contracts.Mail;
using SocialeKaart.Modules.Review.Pages;

namespace SocialeKaart.Modules.Review.Decisions;

/// <summary>The e-mails people get when their item is decided (Dutch, plain text). Sent through the outbox with the decision.</summary>
public static class Notifications
{
    private const string Signature = "\n\nMet vriendelijke groeten,\nHet team van de Sociale Kaart";

    public static SendMail ClaimApproved(string to, string name, string fiche, string? note) => new(to,
        $"Je bent nu beheerder van de fiche {fiche}",
        $"Dag {name},\n\nJe aanvraag om de fiche \"{fiche}\" te beheren is goedgekeurd. Je kan nu wijzigingen voorstellen; " +
        $"de redactie bekijkt ze voor ze online komen.{Note(note)}{Signature}");

    public static SendMail ClaimRejected(string to, string name, string fiche, string reason) => new(to,
        $"Je aanvraag voor de fiche {fiche} is niet goedgekeurd",
        $"Dag {name},\n\nJe aanvraag om de fiche \"{fiche}\" te beheren is niet goedgekeurd.\n\nReden: {reason}{Signature}");

    public static SendMail OwnershipRevoked(string to, string name, string fiche, string reason) => new(to,
        $"Je beheert de fiche {fiche} niet meer",
        $"Dag {name},\n\nJe beheerrecht voor de fiche \"{fiche}\" is ingetrokken.\n\nReden: {reason}{Signature}");

    /// <param name="declined">The field paths the coordinator did not take over; mailed in words, as the review page shows them.</param>
    public static SendMail ChangeApproved(string to, string name, string fiche, IReadOnlyList<string> declined, string? note) => declined.Count == 0
        ? new(to, $"Je wijziging aan {fiche} is goedgekeurd",
            $"{Greeting(name)}\n\nJe voorgestelde wijziging aan de fiche \"{fiche}\" is goedgekeurd en staat online.{Note(note)}{Signature}")
        : new(to, $"Je wijziging aan {fiche} is gedeeltelijk goedgekeurd",
            $"{Greeting(name)}\n\nJe voorgestelde wijziging aan de fiche \"{fiche}\" is gedeeltelijk goedgekeurd: wat overgenomen is, staat online." +
            $"\nNiet overgenomen: {string.Join(", ", declined.Select(ReviewTexts.Field))}.{Note(note)}{Signature}");

    public static SendMail ChangeRejected(string to, string name, string fiche, string reason) => new(to,
        $"Je wijziging aan {fiche} is niet goedgekeurd",
        $"{Greeting(name)}\n\nJe voorgestelde wijziging aan de fiche \"{fiche}\" is niet goedgekeurd.\n\nReden: {reason}{Signature}");

    public static SendMail SuggestionConverted(string to, string name, string fiche) => new(to,
        $"Bedankt: we passen de fiche {fiche} aan",
        $"Dag {name},\n\nBedankt voor je voorstel over \"{fiche}\". De redactie verwerkt het in een wijziging van de fiche.{Signature}");

    public static SendMail SuggestionDismissed(string to, string name, string fiche, string reason) => new(to,
        $"Over je voorstel voor {fiche}",
        $"Dag {name},\n\nBedankt voor je voorstel over \"{fiche}\". We passen de fiche niet aan.\n\nReden: {reason}{Signature}");

    public static SendMail ProposalApproved(string to, string name, string organisation) => new(to,
        $"{organisation} staat nu op de Sociale Kaart",
        $"Dag {name},\n\nJe voorstel is goedgekeurd: \"{organisation}\" staat nu op de Sociale Kaart, en jij beheert de fiche.{Signature}");

    public static SendMail ProposalRejected(string to, string name, string organisation, string reason) => new(to,
        $"Je voorstel voor {organisation} is niet goedgekeurd",
        $"Dag {name},\n\nJe voorstel om \"{organisation}\" toe te voegen is niet goedgekeurd.\n\nReden: {reason}{Signature}");

    private static string Greeting(string name) => string.IsNullOrWhiteSpace(name) ? "Dag," : $"Dag {name},";

    private static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $"\n\nOpmerking van de redactie: {note}";
}
