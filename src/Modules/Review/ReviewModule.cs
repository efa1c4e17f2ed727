using JasperFx.Events.Projections;
using Microsoft.Extensions.DependencyInjection;
using SocialeKaart.Modules.Contracts.Review;
using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Decisions;
using SocialeKaart.Modules.Review.Proposals;
using SocialeKaart.Modules.Review.Suggestions;

namespace SocialeKaart.Modules.Review;

/// <summary>
/// Review: every claim, owner change request, public suggestion and new-organisation proposal is an event stream here,
/// decided by coordinators in the queue (ADR 18). Approved changes reach the fiche through the Directory's IFicheRevisionStage,
/// in the decision's own transaction (ADR 26).
/// </summary>
public static class ReviewModule
{
    public static void ConfigureMarten(StoreOptions options)
    {
        options.Events.AddEventTypes([
            typeof(ChangeSuggested), typeof(SuggestionConverted), typeof(SuggestionDismissed),
            typeof(ClaimSubmitted), typeof(ClaimApproved), typeof(ClaimRejected), typeof(ClaimWithdrawn), typeof(OwnershipRevoked),
            typeof(ChangeRequestStarted), typeof(DraftEdited), typeof(ChangeRequestSubmitted), typeof(ChangeRequestWithdrawn),
            typeof(ChangeRequestApproved), typeof(ChangeRequestRejected),
            typeof(OrganisationProposed), typeof(ProposalApproved), typeof(ProposalRejected),
        ]);
        ReviewPersonalData.AddMaskingRules(options);
        options.Projections.Snapshot<ChangeSuggestion>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<OwnershipClaim>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<ChangeRequest>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Proposal>(SnapshotLifecycle.Inline);
        // The queue line of every kind of review, from the same streams.
        options.Projections.Snapshot<ReviewItem>(SnapshotLifecycle.Inline);
        options.Schema.For<ChangeSuggestion>().DocumentAlias("review_change_suggestion").Index(x => x.FicheId);
        options.Schema.For<OwnershipClaim>().DocumentAlias("review_claim").Index(x => x.FicheId).Index(x => x.AccountId);
        options.Schema.For<ChangeRequest>().DocumentAlias("review_change_request").Index(x => x.FicheId);
        options.Schema.For<Proposal>().DocumentAlias("review_proposal");
        options.Schema.For<ReviewItem>().DocumentAlias("review_item").Index(x => x.Status).Index(x => x.SubmittedAt);
    }

    public static IServiceCollection AddReviewModule(this IServiceCollection services)
    {
        services.AddSingleton<IChangeSuggestions, ChangeSuggestionService>();
        services.AddSingleton<ReviewPersonalData>();
        services.AddSingleton<IPersonalDataErasure, ReviewPersonalData>();
        services.AddScoped<ReviewSession>();
        services.AddScoped<ClaimService>();
        services.AddScoped<ChangeRequestService>();
        services.AddScoped<SuggestionTriageService>();
        services.AddScoped<ProposalService>();
        services.AddScoped<ReviewQueue>();
        services.AddRazorPages().AddApplicationPart(typeof(ReviewModule).Assembly);
        return services;
    }
}
