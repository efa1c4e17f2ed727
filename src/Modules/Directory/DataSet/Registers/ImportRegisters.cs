using Microsoft.AspNetCore.Http;

namespace SocialeKaart.Modules.Directory.DataSet.Registers;

public static class ImportRegistersEndpoint
{
    /// <summary>
    /// Reads the real registers again (DataSet:SharedDataPath) and brings their fiches up to date: new records become
    /// fiches, changed ones get the changed sections only, unchanged ones nothing. 503 when the folder is not there.
    /// </summary>
    [WolverinePost("/api/registers/import", Name = "ImportRegisters")]
    [Authorize(Policy = AccessPolicies.Administration)]
    public static async Task<IResult> Post(DataSetLoader loader, RegisterImport import, CancellationToken ct)
    {
        var registers = loader.ReadRegisters();
        if (registers.Fiches.Count == 0)
            return Results.Problem(statusCode: 503, title: "Geen registers gevonden",
                detail: "De map met de registers (DataSet:SharedDataPath) is er niet op deze server.");
        return Results.Ok(await import.ImportAsync(registers.Fiches, ct));
    }
}
