namespace SocialeKaart.Modules.Mail;

/// <summary>Mail settings (section "Mail"); the password only from the environment.</summary>
public sealed class MailOptions
{
    /// <summary>The SMTP server. Empty: mails are written as .eml files to <see cref="PickupDirectory"/> instead (development).</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>StartTls (default when the server offers it), None (loopback test servers) or SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@desocialekaart.be";
    public string FromName { get; set; } = "Sociale Kaart";
    public string PickupDirectory { get; set; } = "mail-pickup";
}
