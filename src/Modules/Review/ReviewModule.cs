using Marten;
using JasperFx.Events.Projections;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Contracts.Review;
using SocialeKaart.Modules.Review.Suggestions;

namespace SocialeKaart.Modules.Review;

/// <summary>Review: the change suggestions sent from the public site (and, in issue 6, claims, owner changes and the review queue).</summary>
public static class ReviewModule
{
    public static void ConfigureMarten(StoreOptions options)
    {
        options.Events.AddEventType<ChangeSuggested>();
        options.Projections.Snapshot<ChangeSuggestion>(SnapshotLifecycle.Inline);
        options.Schema.For<ChangeSuggestion>().DocumentAlias("review_change_suggestion").Index(x => x.FicheId);
    }

    public static IServiceCollection AddReviewModule(this IServiceCollection services)
    {
        services.AddSingleton<IChangeSuggestions, ChangeSuggestionService>();
        return services;
    }
}
