namespace SocialeKaart.Modules.Contracts.Mail;

/// <summary>
/// A plain-text e-mail to send, published by any module and handled by the Mail module through Wolverine's
/// durable outbox: it is sent once the sender's transaction commits and retried until the SMTP server takes it.
/// </summary>
public sealed record SendMail(string To, string Subject, string Text);
