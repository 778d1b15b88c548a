using System.Security.Cryptography;
using System.Text;
using Domain.Conversations;
using Domain.Text;

namespace Domain.ContentReports;

/// <summary>
/// The questions of the report conversation and its hand-over to the report desk. Every button it
/// shows carries the conversation's nonce.
/// </summary>
public sealed class ReportActions : IReportActions
{
    public const string NonceKey = "c";

    public static string NewNonce(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{turn.Input.Id}|{turn.Now.UtcTicks}")))[..6];
    }

    public static IReadOnlyList<string> Photos(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Session.Get(ReportMachine.PhotosKey) is { Length: > 0 } photos ? photos.Split('\n') : [];
    }

    public void AskEvidence(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.AskReportEvidence);
    }

    /// <summary>What the draft holds so far, with the button to go on.</summary>
    public static void EvidenceSoFar(Turn turn, Msg? before = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var summary = ReportFormat.Evidence(turn.Session.Get(ReportMachine.LinkKey) is not null, Photos(turn).Count, turn.Lang);
        var text = Texts.ReportEvidenceReceived.For(turn.Lang, summary);
        if (before is not null)
        {
            text = Html.Join("\n", [before.For(turn.Lang), text]);
        }

        turn.Reply(new TextOut(text).WithButtons([new Button(Texts.ReportContinue.Plain(turn.Lang), Step(turn, ReportVerb.Continue))]));
    }

    public void AskPlatform(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var nonce = Nonce(turn);
        var buttons = Enum.GetValues<ReportPlatform>()
            .Select(p => new Button(ReportFormat.PlatformName(p, turn.Lang), new ReportPlatformChoice(nonce, p).Encode()))
            .Chunk(2)
            .ToArray();
        turn.Reply(new TextOut(Texts.AskReportPlatform.For(turn.Lang)).WithButtons(buttons));
    }

    public void AskDescription(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.AskReportDescription);
    }

    public void AskPlace(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.AskReportPlace, [new Button(Texts.ReportSkip.Plain(turn.Lang), Step(turn, ReportVerb.SkipPlace))]);
    }

    public void ShowPreview(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var none = Texts.ReportNothing.Plain(lang);
        var photos = Photos(turn).Count;
        var text = Texts.ReportPreview.For(
            lang,
            turn.Session.Get(ReportMachine.LinkKey) ?? none,
            photos == 0 ? none : ReportFormat.Count(photos),
            Platform(turn) is { } platform ? ReportFormat.PlatformName(platform, lang) : none,
            turn.Session.Get(ReportMachine.DescriptionKey),
            turn.Session.Get(ReportMachine.PlaceKey) is { Length: > 0 } place ? place : none);
        turn.Reply(new TextOut(text).WithButtons(
        [
            new Button(Texts.ReportSend.Plain(lang), Step(turn, ReportVerb.Send)),
            new Button(Texts.Edit.Plain(lang), Step(turn, ReportVerb.Edit)),
            new Button(Texts.Cancel.Plain(lang), Step(turn, ReportVerb.Cancel)),
        ]));
    }

    public void AskField(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var nonce = Nonce(turn);
        turn.Say(Texts.WhichField, [
            new Button(Texts.ReportFieldEvidence.Plain(lang), new ReportFieldChoice(nonce, ReportField.Evidence).Encode()),
            new Button(Texts.ReportFieldPlatform.Plain(lang), new ReportFieldChoice(nonce, ReportField.Platform).Encode()),
            new Button(Texts.ReportFieldDescription.Plain(lang), new ReportFieldChoice(nonce, ReportField.Description).Encode()),
            new Button(Texts.ReportFieldPlace.Plain(lang), new ReportFieldChoice(nonce, ReportField.Place).Encode()),
            new Button(Texts.BackToReportPreview.Plain(lang), Step(turn, ReportVerb.Back)),
        ]);
    }

    /// <summary>
    /// Hands the report to the desk's queue, in the same commit as the end of the conversation; the
    /// desk answers with the reference number. A replayed turn makes the same signal, which the
    /// inbox takes once.
    /// </summary>
    public void Submit(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var submission = new ReportSubmission(
            turn.Session.Get(ReportMachine.LinkKey),
            Photos(turn),
            Platform(turn) ?? ReportPlatform.Other,
            turn.Session.Get(ReportMachine.DescriptionKey) ?? string.Empty,
            turn.Session.Get(ReportMachine.PlaceKey) is { Length: > 0 } place ? place : null);
        turn.Signal(ReportDesk.Key, ReportFiling.SignalName, submission.Write());
    }

    public void Cancelled(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Reply(new TextOut(Texts.Cancelled.For(turn.Lang)));
    }

    /// <summary>Repeats the question of the step the conversation is in.</summary>
    public void Ask(Turn turn, ReportMachine.State step)
    {
        switch (step)
        {
            case ReportMachine.State.Evidence:
                if (ReportRules.HasEvidence(turn.Session.Get(ReportMachine.LinkKey), Photos(turn).Count))
                {
                    EvidenceSoFar(turn);
                }
                else
                {
                    AskEvidence(turn);
                }

                break;
            case ReportMachine.State.Platform:
                AskPlatform(turn);
                break;
            case ReportMachine.State.Description:
                AskDescription(turn);
                break;
            case ReportMachine.State.Place:
                AskPlace(turn);
                break;
            case ReportMachine.State.ChooseField:
                AskField(turn);
                break;
            default:
                ShowPreview(turn);
                break;
        }
    }

    private static ReportPlatform? Platform(Turn turn) =>
        Enum.TryParse<ReportPlatform>(turn.Session.Get(ReportMachine.PlatformKey), out var platform) ? platform : null;

    private static string Nonce(Turn turn) => turn.Session.Get(NonceKey) ?? string.Empty;

    private static string Step(Turn turn, ReportVerb verb) => new ReportStep(Nonce(turn), verb).Encode();
}
