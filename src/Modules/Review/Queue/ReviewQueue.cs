using Marten.Pagination;
using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Queue;

/// <param name="MinDaysWaiting">Only items waiting at least this many days.</param>
public sealed record QueueFilter(ReviewKind? Kind, string? Province, int? MinDaysWaiting, int Page = 1);

public sealed record QueueLine(Guid Id, ReviewKind Kind, string Title, string Province, string SubmitterName, DateTimeOffset SubmittedAt, TimeSpan Waiting);

/// <param name="Counts">Open items per kind within the reviewer's provinces (before the kind filter), for the queue's tabs.</param>
public sealed record QueuePage(IReadOnlyList<QueueLine> Items, long Total, int Page, int PageSize, IReadOnlyDictionary<ReviewKind, int> Counts);

/// <summary>The coordinators' queue: open items in the reviewer's provinces, oldest first, with how long each has waited.</summary>
public sealed class ReviewQueue(IQuerySession session, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<QueuePage> OpenAsync(QueueFilter filter, ClaimsPrincipal reviewer, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var provinces = reviewer.IsInRole(Roles.Administrator) ? [] : reviewer.Provinces();
        var open = session.Query<ReviewItem>().Where(i => i.Status == ReviewStatus.Open);
        if (provinces.Count > 0) open = open.Where(i => i.Province.IsOneOf(provinces.ToArray()));
        if (!string.IsNullOrWhiteSpace(filter.Province)) open = open.Where(i => i.Province == filter.Province);
        if (filter.MinDaysWaiting is > 0 and var days) { var before = now.AddDays(-days); open = open.Where(i => i.SubmittedAt <= before); }

        var counts = (await open.Select(i => i.Kind).ToListAsync(ct)).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        if (filter.Kind is { } kind) open = open.Where(i => i.Kind == kind);
        var page = Math.Max(1, filter.Page);
        var items = await open.OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id).ToPagedListAsync(page, PageSize, ct);
        return new QueuePage(items.Select(i => new QueueLine(i.Id, i.Kind, i.Title, i.Province, i.SubmitterName, i.SubmittedAt!.Value, now - i.SubmittedAt.Value)).ToList(),
            items.TotalItemCount, page, PageSize, counts);
    }
}
