using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SocialeKaart.BuildingBlocks;

namespace SocialeKaart.Host.Errors;

/// <summary>A dependency that is down is a 503 the client can retry later, not a 500: problem+json with Retry-After.</summary>
public sealed class ServiceUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not ServiceUnavailableException unavailable) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)unavailable.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Deze dienst is tijdelijk niet beschikbaar.",
                Detail = unavailable.Message,
            },
        });
    }
}
