using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SocialeKaart.Modules.Contracts.Mail;
using Wolverine;

namespace SocialeKaart.Modules.Mail;

/// <summary>
/// Sends one mail. The Message-ID is derived from the Wolverine envelope id, so if a retry sends a mail the server
/// already accepted (the process stopped between sending and marking the message handled), mail clients see the
/// same message and show it once.
/// </summary>
public static class SendMailHandler
{
    public static async Task Handle(SendMail mail, Envelope envelope, IOptions<MailOptions> options, ILogger<SendMail> logger, CancellationToken ct)
    {
        var settings = options.Value;
        var message = new MimeMessage
        {
            MessageId = $"{envelope.Id:N}@socialekaart",
            Subject = mail.Subject,
            Body = new TextPart("plain") { Text = mail.Text },
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));

        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            await message.WriteToAsync(Path.Combine(settings.PickupDirectory, $"{envelope.Id:N}.eml"), ct);
            logger.LogInformation("No SMTP server configured: mail '{Subject}' written to {Folder}", mail.Subject, settings.PickupDirectory);
            return;
        }
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(settings.Host, settings.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
