using System.Text.Json.Serialization;
using Domain.Text;

namespace Domain.Conversations;

/// <summary>What the bot says, before any channel decides how to show it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(TextOut), "text")]
[JsonDerivedType(typeof(VenueOut), "venue")]
[JsonDerivedType(typeof(DocumentOut), "document")]
[JsonDerivedType(typeof(PhotoOut), "photo")]
[JsonDerivedType(typeof(ButtonAck), "ack")]
[JsonDerivedType(typeof(MediaOut), "media")]
public abstract record Outbound;

public sealed record Button(string Label, string Data);

/// <summary>
/// A text, optionally with inline buttons (rows of buttons) or a reply keyboard. A channel that
/// cannot show buttons shows them as numbered choices.
/// </summary>
public sealed record TextOut(Html Text) : Outbound
{
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    public ReplyKeyboard? Keyboard { get; init; }

    public bool RemoveKeyboard { get; init; }

    /// <summary>
    /// A hint about the choices on screen (typed words that fit none of them): on a channel without
    /// buttons the numbers shown before stay as they were, so the next number still chooses.
    /// </summary>
    public bool KeepsChoices { get; init; }

    public TextOut WithButtons(params Button[][] rows) => this with { Buttons = rows };

    public TextOut WithButtonColumn(IEnumerable<Button> buttons) =>
        this with { Buttons = buttons.Select(b => (IReadOnlyList<Button>)[b]).ToList() };
}

/// <summary>A keyboard under the input field; <paramref name="ContactLabel"/> adds a "share my number" key.</summary>
public sealed record ReplyKeyboard(IReadOnlyList<string> Keys, string? ContactLabel);

public sealed record VenueOut(double Latitude, double Longitude, string Title, string Address) : Outbound;

public sealed record DocumentOut(string FileName, byte[] Content, Html? Caption = null) : Outbound;

public sealed record PhotoOut(byte[] Content, string FileName, Html? Caption = null) : Outbound;

/// <summary>A photo or document the channel already has (received earlier), sent on by its reference.</summary>
public sealed record MediaOut(MediaKind Kind, string FileId, string? FileName) : Outbound;

/// <summary>Stops the client's spinner on a pressed button; an optional short toast.</summary>
public sealed record ButtonAck(string CallbackId, string? Toast = null) : Outbound;
