using Microsoft.AspNetCore.Mvc;

namespace SocialeKaart.Modules.Review.Decisions;

/// <summary>A reviewer's decision: a note (required as the reason when rejecting, dismissing or revoking).</summary>
public sealed record Decision(string? Note);

/// <summary>What a review operation gives back: a value, or the problem (400/403/404/409) that stopped it with nothing written.</summary>
public sealed record ReviewOutcome<T>(T? Value, ProblemDetails? Problem)
{
    public static implicit operator ReviewOutcome<T>(ProblemDetails problem) => new(default, problem);

    public static ReviewOutcome<T> Ok(T value) => new(value, null);

    public IResult ToResult(Func<T, IResult>? ok = null) =>
        Problem is not null ? Results.Problem(Problem) : ok is null ? Results.Ok(Value) : ok(Value!);
}
