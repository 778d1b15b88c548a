using Domain.Members;

namespace Domain.Discussion;

/// <summary>The handlers of the discussion feature, wired together for <see cref="Conversations.CoreHandlers"/>.</summary>
public static class DiscussionHandlers
{
    public static IEnumerable<object> Create(UnitCatalog units, IDiscussionFiles files) =>
    [
        new CommentFlow(new MyComments()),
        new CommentReview(new ReviewPages(units), new SpeakingList(units), new UnitProgress(units), new CommentExport(units, files)),
        new ReviewDecisions(units),
    ];
}
