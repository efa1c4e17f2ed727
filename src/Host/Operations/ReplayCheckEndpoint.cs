using Microsoft.AspNetCore.Authorization;
using SocialeKaart.Modules.Contracts.Security;
using Wolverine.Http;

namespace SocialeKaart.Host.Operations;

public static class ReplayCheckEndpoint
{
    /// <summary>Rebuilds every read model from the events and compares it with the live one (reads only; may take a while).</summary>
    [WolverinePost("/api/operations/replay-check", Name = "ReplayCheck")]
    [Authorize(Policy = AccessPolicies.Audit)]
    public static Task<ReplayReport> Post(ReplayCheck check, CancellationToken ct) => check.RunAsync(ct);
}
