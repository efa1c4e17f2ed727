using MimeKit;

namespace SocialeKaart.IntegrationTests.Infrastructure;

/// <summary>The mails the tests' SMTP server (aiosmtpd, started by ./test.sh) received, read from its Maildir.</summary>
public sealed class Mailbox(string? maildir)
{
    private string Folder => Path.Combine(maildir ?? throw new InvalidOperationException(
        "SOCIALEKAART_TEST_MAILDIR is not set. Run the tests with ./test.sh, which starts an SMTP server for them."), "new");

    public IReadOnlyList<MimeMessage> All() =>
        System.IO.Directory.EnumerateFiles(Folder).Select(file => MimeMessage.Load(file)).ToList();

    /// <summary>The mails to one address, waiting up to a few seconds for them to arrive.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ToAsync(string address, int expected = 1, int timeoutMs = 10_000)
    {
        for (var waited = 0; ; waited += 100)
        {
            var found = All().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
            if (found.Count >= expected || waited >= timeoutMs) return found;
            await Task.Delay(100);
        }
    }
}
