using System.Text;
using Domain.Events;

namespace Domain.Tests.Support;

/// <summary>
/// Stands in for the shell's file renderers (tested on their own in Bot.Tests): records what it
/// was asked to render and returns a small marker file.
/// </summary>
public sealed class StubEventFiles : IEventFiles
{
    public List<IReadOnlyList<AttendeeRow>> Exported { get; } = [];

    public byte[] AttendeesCsv(Meeting meeting, IReadOnlyList<AttendeeRow> rows)
    {
        Exported.Add(rows);
        return Encoding.UTF8.GetBytes($"csv:{meeting.Id}:{rows.Count}");
    }

    public byte[] AttendeesXlsx(Meeting meeting, IReadOnlyList<AttendeeRow> rows) => Encoding.UTF8.GetBytes($"xlsx:{meeting.Id}:{rows.Count}");

    public byte[] Calendar(Meeting meeting, TimeZoneInfo zone) => Encoding.UTF8.GetBytes($"ics:{meeting.Id}");

    public List<HeadcountChart> Charts { get; } = [];

    public byte[] HeadcountChart(HeadcountChart chart)
    {
        Charts.Add(chart);
        return Encoding.UTF8.GetBytes($"png:{chart.Bars.Count}");
    }
}
