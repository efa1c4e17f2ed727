namespace SocialeKaart.Modules.Review.Claims;

/// <summary>
/// What the applicant's e-mail address says about a claim: whether its domain is the fiche's own (its website or one
/// of its e-mail addresses), a personal mailbox that proves nothing, or another organisation's. A hint for the
/// coordinator, never a decision: a small organisation may well use a personal address.
/// </summary>
public sealed record ClaimEvidence(ClaimEvidence.Verdict Outcome, string? EmailDomain, IReadOnlyList<string> FicheDomains)
{
    public enum Verdict { Matches, Personal, Differs, NothingToCompare }

    // Mailboxes anyone can open: they neither prove nor disprove that the applicant works there.
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.be", "outlook.com", "outlook.be", "live.com", "live.be", "msn.com",
        "yahoo.com", "yahoo.fr", "icloud.com", "me.com", "proton.me", "protonmail.com", "telenet.be", "skynet.be", "proximus.be",
        "scarlet.be", "orange.be", "gmx.com", "gmx.net", "mail.com",
    };

    public static ClaimEvidence Of(string applicantEmail, Fiche fiche)
    {
        var domain = DomainOfEmail(applicantEmail);
        var own = new[] { HostOf(fiche.Contact.Website) }.Concat(fiche.Contact.Emails.Select(e => DomainOfEmail(e.Address)))
            .OfType<string>().Where(d => !Personal.Contains(d)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (domain is null || own.Count == 0) return new(Verdict.NothingToCompare, domain, own);
        if (own.Any(d => Related(domain, d))) return new(Verdict.Matches, domain, own);
        return new(Personal.Contains(domain) ? Verdict.Personal : Verdict.Differs, domain, own);
    }

    /// <summary>The same domain, or one within the other (info@brussel.caw.be for caw.be).</summary>
    private static bool Related(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || a.EndsWith("." + b, StringComparison.OrdinalIgnoreCase)
        || b.EndsWith("." + a, StringComparison.OrdinalIgnoreCase);

    private static string? DomainOfEmail(string? email) =>
        email?.Trim() is { } e && e.LastIndexOf('@') is var at and > 0 && at < e.Length - 1 ? e[(at + 1)..].TrimEnd('.').ToLowerInvariant() : null;

    private static string? HostOf(string? website)
    {
        if (string.IsNullOrWhiteSpace(website)) return null;
        var text = website.Contains("://", StringComparison.Ordinal) ? website.Trim() : "https://" + website.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The hint in words, for the review screen.</summary>
    public string Text() => Outcome switch
    {
        Verdict.Matches => $"Het e-mailadres van de aanvrager hoort bij de fiche ({EmailDomain}).",
        Verdict.Personal => $"Het e-mailadres van de aanvrager is een persoonlijk adres ({EmailDomain}): het bewijst niet dat de aanvrager er werkt.",
        Verdict.Differs => $"Het e-mailadres van de aanvrager ({EmailDomain}) hoort niet bij de website of de e-mailadressen van de fiche ({string.Join(", ", FicheDomains)}): vraag na.",
        _ => "De fiche heeft geen eigen website of e-mailadres om het e-mailadres van de aanvrager mee te vergelijken.",
    };
}
