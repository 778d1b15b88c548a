using System.Text;
using Domain.CheckIn;
using Domain.Events;
using Domain.Guests;

namespace Domain.Tests.Support;

/// <summary>Stands in for the shell's QR, CSV and sign-in sheet writers (tested in Bot.Tests): records what it was asked.</summary>
public sealed class StubGuestFiles : IGuestFiles
{
    public List<(string Content, string Caption)> Qr { get; } = [];

    public List<IReadOnlyList<GuestLinkRow>> Links { get; } = [];

    public List<SignInSheet> Sheets { get; } = [];

    public byte[] QrPng(string content, string caption)
    {
        Qr.Add((content, caption));
        return Encoding.UTF8.GetBytes($"qr:{content}");
    }

    public byte[] GuestLinksCsv(IReadOnlyList<GuestLinkRow> rows)
    {
        Links.Add(rows);
        return Encoding.UTF8.GetBytes($"links:{rows.Count}");
    }

    public byte[] SignInSheet(Meeting meeting, SignInSheet sheet)
    {
        Sheets.Add(sheet);
        return Encoding.UTF8.GetBytes($"sheet:{meeting.Id}");
    }
}
