using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.IntegrationTests.Infrastructure;
using SocialeKaart.Modules.Contracts.Mail;
using Wolverine;

namespace SocialeKaart.IntegrationTests.Mail;

/// <summary>A SendMail message published by a module arrives at a real SMTP server, once, with Dutch text intact.</summary>
public sealed class SendMailTests(AppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task a_published_mail_arrives_at_the_smtp_server()
    {
        var to = $"an.{Guid.NewGuid():N}@example.be";
        using var scope = Host.Services.CreateScope(); // the bus is scoped, as in a request
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        await bus.PublishAsync(new SendMail(to, "Je voorstel voor Kinderopvang De Speelboom", "Bedankt! Ons team bekijkt je voorstel. Groeten, de redactie – Sociale Kaart"));

        var mail = Assert.Single(await App.Mail.ToAsync(to));
        Assert.Equal("Je voorstel voor Kinderopvang De Speelboom", mail.Subject);
        Assert.Contains("Groeten, de redactie – Sociale Kaart", mail.TextBody);
        Assert.Equal("noreply@desocialekaart.be", mail.From.Mailboxes.Single().Address);
        Assert.EndsWith("@socialekaart", mail.MessageId);
    }
}
