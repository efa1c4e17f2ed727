using Microsoft.AspNetCore.Mvc;

namespace SocialeKaart.Modules.Review.Decisions;

/// <summary>A reviewer's decision: a note (required as the reason when rejecting, dismissing or revoking).</summary>
public sealed record Decision(string? Note)
{
    /// <summary>The note as stored: trimmed, or null when blank.</summary>
    public string? Text => string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();

    /// <summary>The note's input errors: too long, or missing where it is the reason (reject, dismiss, revoke).</summary>
    public InputErrors Check(bool reasonRequired) => reasonRequired
        ? new InputErrors().Required("note", Note, ReviewRules.NoteMax)
        : new InputErrors().Optional("note", Note, ReviewRules.NoteMax);
}

/// <summary>What a review operation gives back: a value, or the problem (400/403/404/409) that stopped it with nothing written.</summary>
public sealed record ReviewOutcome<T>(T? Value, ProblemDetails? Problem)
{
    public static implicit operator ReviewOutcome<T>(ProblemDetails problem) => new(default, problem);

    public static ReviewOutcome<T> Ok(T value) => new(value, null);

    public IResult ToResult(Func<T, IResult>? ok = null) =>
        Problem is not null ? Results.Problem(Problem) : ok is null ? Results.Ok(Value) : ok(Value!);
}
