using System.Text;

namespace Domain.Conversations;

/// <summary>
/// Replaces what is not valid Unicode in what a person sent (an unpaired surrogate, the
/// noncharacter U+FFFE) with U+FFFD. .NET's normalization throws on those, and every handler
/// normalizes names, positions, comments and notices: one such character would otherwise end the
/// turn in an internal error whatever the person was doing.
/// </summary>
public static class ValidText
{
    public static InboundEnvelope Of(InboundEnvelope input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Inbound? valid = input.Event switch
        {
            TextIn text when !IsValid(text.Text) => new TextIn(Clean(text.Text)),
            CommandIn command when !IsValid(command.Args) => command with { Args = Clean(command.Args) },
            ContactIn contact when !IsValid(contact.Phone) => contact with { Phone = Clean(contact.Phone) },
            MediaIn { Caption: { } caption } media when !IsValid(caption) => media with { Caption = Clean(caption) },
            ButtonIn button when !IsValid(button.Data) => button with { Data = Clean(button.Data) },
            _ => null,
        };
        return valid is null ? input : input with { Event = valid };
    }

    public static bool IsValid(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFE' || char.IsLowSurrogate(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes already yields U+FFFD for an unpaired surrogate.
            clean.Append(rune.Value == 0xFFFE ? Rune.ReplacementChar : rune);
        }

        return clean.ToString();
    }
}
