using Microsoft.AspNetCore.Authorization;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Security;
using Wolverine.Http;

namespace SocialeKaart.Host.Operations;

public sealed record ErasePersonData(string? Email, string? Reason);

/// <summary>
/// A person asks to be forgotten (GDPR art. 17): every module erases what it holds under that e-mail address.
/// Administrators only; the request itself is logged with its reason, not the address.
/// </summary>
public static class ErasePersonDataEndpoint
{
    [WolverinePost("/api/personal-data/erase", Name = "ErasePersonData")]
    [Authorize(Policy = AccessPolicies.Administration)]
    public static async Task<IResult> Post(
        ErasePersonData body, IEnumerable<IPersonalDataErasure> modules, SocialeKaart.Modules.Contracts.Accounts.IAccounts accounts, ILogger<ErasePersonData> logger, CancellationToken ct)
    {
        var errors = new InputErrors().Required("email", body.Email, 200).Required("reason", body.Reason, 500);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var person = new PersonalDataSubject(body.Email!.Trim(), (await accounts.FindByEmailAsync(body.Email, ct))?.Id);
        var streams = 0;
        foreach (var module in modules) streams += await module.EraseAsync(person, ct);
        logger.LogInformation("Personal data erased from {Streams} streams ({Reason})", streams, body.Reason);
        return Results.Ok(new { streams });
    }
}
