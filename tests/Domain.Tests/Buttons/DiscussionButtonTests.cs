using Domain.Discussion;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>The comment and review buttons: the wire form old messages carry, and back.</summary>
public sealed class DiscussionButtonTests
{
    public static IEnumerable<ButtonSample> Samples(string meetingKey, string commentId, string nonce) =>
    [
        Of<CommentButton>(new CommentButton.Start(null), "gy:new"),
        Of<CommentButton>(new CommentButton.Start(meetingKey), $"gy:new:{meetingKey}"),
        Of<CommentButton>(new CommentButton.Revise(commentId), $"gy:rev:{commentId}"),
        Of<CommentButton>(new CommentButton.AskWithdraw(commentId), $"gy:wd:{commentId}"),
        Of<CommentButton>(new CommentButton.Withdraw(commentId), $"gy:wdy:{commentId}"),
        Of<CommentButton>(new CommentButton.Keep(), "gy:wdn"),
        Of<CommentButton>(new CommentButton.ChooseMeeting(nonce, meetingKey), $"gy:ev:{nonce}:{meetingKey}"),
        Of<CommentButton>(new CommentButton.ChooseTopic(nonce, "12"), $"gy:tp:{nonce}:12"),
        Of<CommentButton>(new CommentButton.ChooseTopic(nonce, "o"), $"gy:tp:{nonce}:o"),
        Of<CommentButton>(new CommentButton.ChooseSpeak(nonce, true), $"gy:sp:{nonce}:y"),
        Of<CommentButton>(new CommentButton.ChooseSpeak(nonce, false), $"gy:sp:{nonce}:n"),
        Of<CommentButton>(new CommentButton.Move(nonce, CommentMove.Send), $"gy:send:{nonce}"),
        Of<CommentButton>(new CommentButton.Move(nonce, CommentMove.Edit), $"gy:edit:{nonce}"),
        Of<CommentButton>(new CommentButton.Move(nonce, CommentMove.Cancel), $"gy:cancel:{nonce}"),
        Of<CommentButton>(new CommentButton.Move(nonce, CommentMove.Back), $"gy:back:{nonce}"),
        Of<CommentButton>(new CommentButton.Field(nonce, CommentField.Topic), $"gy:f:{nonce}:topic"),
        Of<CommentButton>(new CommentButton.Field(nonce, CommentField.Text), $"gy:f:{nonce}:text"),
        Of<CommentButton>(new CommentButton.Field(nonce, CommentField.Speak), $"gy:f:{nonce}:speak"),
        Of<ReviewButton>(new ReviewButton.Open(meetingKey), $"yk:m:{meetingKey}"),
        Of<ReviewButton>(new ReviewButton.Page(meetingKey, ReviewPages.NewView, 0), $"yk:pg:{meetingKey}:n:0"),
        Of<ReviewButton>(new ReviewButton.Page(meetingKey, ReviewPages.AllView, 9999), $"yk:pg:{meetingKey}:a:9999"),
        Of<ReviewButton>(new ReviewButton.Mark(commentId, ReviewMark.Seen), $"yk:s:{commentId}"),
        Of<ReviewButton>(new ReviewButton.Mark(commentId, ReviewMark.Hide), $"yk:h:{commentId}"),
        Of<ReviewButton>(new ReviewButton.Mark(commentId, ReviewMark.Select), $"yk:p:{commentId}"),
        Of<ReviewButton>(new ReviewButton.Mark(commentId, ReviewMark.Undo), $"yk:u:{commentId}"),
        Of<ReviewButton>(new ReviewButton.Speakers(meetingKey), $"yk:sp:{meetingKey}"),
        Of<ReviewButton>(new ReviewButton.MoveSpeaker(commentId, -1), $"yk:up:{commentId}"),
        Of<ReviewButton>(new ReviewButton.MoveSpeaker(commentId, 1), $"yk:dn:{commentId}"),
        Of<ReviewButton>(new ReviewButton.Units(meetingKey), $"yk:un:{meetingKey}"),
        Of<ReviewButton>(new ReviewButton.Remind(meetingKey), $"yk:rm:{meetingKey}"),
        Of<ReviewButton>(new ReviewButton.Export(meetingKey), $"yk:xp:{meetingKey}"),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data(Samples("0a1b2c3d", "0a1b2c3d4e", "a1b2c3"));

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("gy")]
    [InlineData("gy:rev")]
    [InlineData("gy:new:a:b")]
    [InlineData("gy:sp:a1b2c3:maybe")]
    [InlineData("gy:f:a1b2c3:name")]
    [InlineData("gy:send")]
    [InlineData("gy:wdn:x")]
    public void A_comment_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<CommentButton>(data));

    [Theory]
    [InlineData("yk")]
    [InlineData("yk:m")]
    [InlineData("yk:pg:0a1b2c3d:x:0")]
    [InlineData("yk:pg:0a1b2c3d:n:-1")]
    [InlineData("yk:pg:0a1b2c3d:n: 1")]
    [InlineData("yk:pg:0a1b2c3d:n:10000")]
    [InlineData("yk:s:a:b")]
    [InlineData("yk:zz:0a1b2c3d")]
    public void A_review_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<ReviewButton>(data));
}
