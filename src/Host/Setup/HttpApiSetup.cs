using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Host.Errors;
using Wolverine.Http;

namespace SocialeKaart.Host.Setup;

public static class HttpApiSetup
{
    public static void AddHttpApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddWolverineHttp();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ServiceUnavailableHandler>();
        builder.Services.AddOpenApi();
        // Enums by name only: "kind": 99 is a client error, not a value no enum defines.
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
    }

    /// <summary>Whatever goes wrong, the client gets an RFC 7807 body: exceptions and empty 4xx/5xx responses included.</summary>
    public static void UseHttpApiErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    public static void MapHttpApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapWolverineEndpoints(options =>
        {
            // '?page=abc' is a client error to report, not a value to silently replace by 0.
            options.RejectUnparseableQueryValues = true;
            // A write that lost a race with another writer is a 409 the client can retry, never a 500.
            options.MapConcurrencyFailuresToConflict(toProblemDetails: _ => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "De gegevens zijn intussen gewijzigd.",
                Detail = "Iemand anders wijzigde dezelfde gegevens op hetzelfde moment. Laad ze opnieuw en probeer nog eens.",
            });
        });
    }
}
