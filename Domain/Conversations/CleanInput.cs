using Domain.Text;

namespace Domain.Conversations;

/// <summary>
/// Every free-text field a person fills (names, positions, reasons, stand-ins, comments, notice
/// texts, profile edits) arrives as the text of one of these events, so cleaning the event before
/// any handler sees it cleans every field (see <see cref="FreeText"/>).
/// </summary>
public static class CleanInput
{
    public static InboundEnvelope Of(InboundEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var cleaned = envelope.Event switch
        {
            TextIn text when !FreeText.IsClean(text.Text) => new TextIn(FreeText.Clean(text.Text)),
            CommandIn command when !FreeText.IsClean(command.Args) => command with { Args = FreeText.Clean(command.Args) },
            MediaIn { Caption: { } caption } media when !FreeText.IsClean(caption) => media with { Caption = FreeText.Clean(caption) },
            ButtonIn button when !FreeText.IsClean(button.Data, multiline: false) => button with { Data = FreeText.Clean(button.Data, multiline: false) },
            ContactIn contact when !FreeText.IsClean(contact.Phone, multiline: false) => contact with { Phone = FreeText.Clean(contact.Phone, multiline: false) },
            _ => envelope.Event,
        };
        var name = envelope.DisplayName is { } display && !FreeText.IsClean(display, multiline: false) ? FreeText.Clean(display, multiline: false) : envelope.DisplayName;
        return ReferenceEquals(cleaned, envelope.Event) && name == envelope.DisplayName ? envelope : envelope with { Event = cleaned, DisplayName = name };
    }
}
