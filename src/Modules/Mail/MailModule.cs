using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialeKaart.Modules.Mail;

/// <summary>Mail: sends the SendMail messages other modules publish (MailKit over SMTP; a pickup folder when no server is set).</summary>
public static class MailModule
{
    public static IServiceCollection AddMailModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        return services;
    }
}
