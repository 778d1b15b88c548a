using System.Text.Json;
using System.Text.RegularExpressions;
using Domain.Conversations;
using Domain.Members;
using Domain.Text;

namespace Bot.Storage;

/// <summary>
/// Takes an erased person out of an event someone else sent that still waits in the inbox: their
/// channel keys become "erased" and their name and phone forms "(đã xóa)", the rest of the event
/// stays as it was, so a colleague's report version or an organizer's message is still handled.
/// A signal's arguments are JSON inside the event's JSON (the domain writes them with the default
/// encoder, which escapes every non-ASCII letter), so each form is looked for both as stored and
/// as escaped there. A form counts only where no letter or digit touches it: "telegram:12" is not
/// in "telegram:123", nor "Văn An" in "Văn Anh".
/// </summary>
internal sealed class WaitingEventEdit
{
    private readonly List<(string Text, Regex Form, string Replacement)> forms = [];

    public WaitingEventEdit(PersonalTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        foreach (var key in trace.Keys)
        {
            AddForms(key, PersonalDataEraser.Erased);
        }

        // The longest first: a name's form is not cut by a shorter one inside it.
        foreach (var text in trace.Texts.OrderByDescending(t => t.Length))
        {
            AddForms(text, Texts.ErasedName.Vi);
        }
    }

    /// <summary>The event's JSON without the person; null when it never held them.</summary>
    public string? Edit(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var edited = json;
        foreach (var (_, form, replacement) in forms)
        {
            edited = form.Replace(edited, replacement);
        }

        return edited == json ? null : edited;
    }

    /// <summary>Whether the waiting event is a signal the person raised (a report they sent to the desk's queue).</summary>
    public static bool IsRaisedBy(string? json, IReadOnlyList<string> keys)
    {
        if (json is null)
        {
            return false;
        }

        try
        {
            return Json.Read<InboundEnvelope>(json) is { Event: SignalIn signal } && keys.Contains(signal.By.ToString());
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void AddForms(string value, string replacement)
    {
        // As the event's JSON holds it, and as a signal's arguments hold it inside that JSON.
        var nested = Inner(JsonSerializer.Serialize(value));
        Add(Inner(Json.Write(value)), Inner(Json.Write(replacement)));
        Add(Inner(Json.Write(nested)), Inner(Json.Write(Inner(JsonSerializer.Serialize(replacement)))));
    }

    private void Add(string form, string replacement)
    {
        if (forms.Any(f => f.Text == form))
        {
            return;
        }

        forms.Add((form, new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(form)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant), replacement));
    }

    private static string Inner(string quoted) => quoted[1..^1];
}
