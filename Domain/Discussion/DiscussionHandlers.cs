using Domain.Conversations;
using Domain.Members;

namespace Domain.Discussion;

/// <summary>The handlers of the discussion feature, wired together for <see cref="CoreHandlers"/>.</summary>
public static class DiscussionHandlers
{
    public static RouterBuilder Register(RouterBuilder builder, UnitCatalog units, IDiscussionFiles files)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var comments = new CommentFlow(new MyComments());
        var review = new CommentReview(new ReviewPages(units), new SpeakingList(units), new UnitProgress(units), new CommentExport(units, files));
        return builder
            .Command(comments).Buttons(comments).Flow(comments)
            .Command(review).OrganizerButtons(review)
            .Signal(new ReviewDecisions(units));
    }
}
