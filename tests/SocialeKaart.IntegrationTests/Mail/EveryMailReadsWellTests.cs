using MimeKit;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Tests.Shared;

namespace SocialeKaart.IntegrationTests.Mail;

/// <summary>
/// Every mail in the test SMTP server's mailbox reads as Dutch for people: no escapes, no English dates, no field
/// names of the code (issue 12). ./test.sh runs this once more after all the tests, so it reads every mail the run
/// sent; during the run it reads those sent so far.
/// </summary>
public sealed class EveryMailReadsWellTests
{
    [Fact]
    public void no_mail_shows_escapes_english_dates_or_names_from_the_code()
    {
        var maildir = Environment.GetEnvironmentVariable("SOCIALEKAART_TEST_MAILDIR");
        var mails = new Mailbox(maildir).All();
        var problems = mails.SelectMany(m => ReadableText.Problems($"{m.Subject}\n{m.TextBody}")
            .Select(p => $"'{m.Subject}' to {m.To}: {p}")).ToList();
        Console.WriteLine($"Read {mails.Count} mails of this test run for what a reader should not see.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Greeted by name where we know it: no bare "Dag," when the mail is to a person we know.
        Assert.DoesNotContain(mails, m => m.TextBody?.StartsWith("Dag ,", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void the_rule_catches_what_it_is_for()
    {
        Assert.NotEmpty(ReadableText.Problems("Tot 8 December 2026 om 20:21"));
        Assert.NotEmpty(ReadableText.Problems("Niet overgenomen: content.generalOperation."));
        Assert.NotEmpty(ReadableText.Problems("Dienst \\u2013 Onthaal"));
        Assert.NotEmpty(ReadableText.Problems("Status: PartiallyApproved"));
        Assert.NotEmpty(ReadableText.Problems("Phone: 09 123 45 67"));
        Assert.Empty(ReadableText.Problems("Tot 8 december 2026 om 20:21. DrugLijn 078 15 10 20. © OpenStreetMap contributors. Inhoud › werking. Website, BraViO, RupeLaar"));
    }
}
