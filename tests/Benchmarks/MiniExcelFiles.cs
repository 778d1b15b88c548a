using Bot.Files;
using Domain.Events;
using Domain.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Benchmarks;

/// <summary>
/// The attendee list written by MiniExcel's streaming writer instead of the bot's own (Bot/Files/AttendeesWorkbook),
/// for <c>scale --xlsx miniexcel</c>: the same rows, values made safe the same way, the same frozen header,
/// widths and Text format. What MiniExcel cannot write here is left out (the bold unit rows, the merged title
/// and unit rows, the page set-up), so it is measured doing less than the bot's writer.
/// </summary>
internal sealed class MiniExcelFiles(TimeProvider clock) : IEventFiles
{
    private static readonly double[] ColumnWidths = [28, 26, 24, 14, 36, 24, 24, 16, 16, 18];

    private readonly EventFiles others = new(clock);

    /// <summary>Puts this in place of the bot's <see cref="IEventFiles"/> once the host has registered its own.</summary>
    public static void Use(IHostApplicationBuilder builder) =>
        builder.ConfigureContainer(new ReplacingFactory(services => services.Replace(ServiceDescriptor.Singleton<IEventFiles>(sp => new MiniExcelFiles(sp.GetRequiredService<TimeProvider>())))));

    public byte[] AttendeesCsv(Meeting meeting, IReadOnlyList<AttendeeRow> rows) => others.AttendeesCsv(meeting, rows);

    public byte[] AttendeesXlsx(Meeting meeting, IReadOnlyList<AttendeeRow> rows)
    {
        var headers = AttendeeColumns.Headers;
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = MeetingSheet.HeaderRow,
            TableStyles = TableStyles.None,
            AutoFilter = false,
            DynamicColumns = headers.Select((_, i) => new DynamicExcelColumn(Key(i)) { Width = ColumnWidths[i], Format = "@" }).ToArray(),
        };
        using var stream = new ChunkedStream();
        stream.SaveAs(Rows(meeting, rows), printHeader: false, sheetName: AttendeesWorkbook.SheetName, excelType: ExcelType.XLSX, configuration: configuration);
        return stream.ToArray();
    }

    public byte[] Calendar(Meeting meeting, TimeZoneInfo zone) => others.Calendar(meeting, zone);

    public byte[] HeadcountChart(HeadcountChart chart) => others.HeadcountChart(chart);

    private static string Key(int column) => "c" + column;

    private static IEnumerable<IDictionary<string, object>> Rows(Meeting meeting, IReadOnlyList<AttendeeRow> rows)
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("meeting", meeting.StartsAt.Offset, null, null);
        yield return Line([meeting.Title]);
        yield return Line([$"{MeetingFormat.When(meeting.StartsAt, zone, Lang.Vi)} — {meeting.Venue.Name}, {meeting.Venue.Address}"]);
        yield return Line(AttendeeColumns.Headers);
        for (var r = 0; r < rows.Count; r++)
        {
            if (r == 0 || !string.Equals(rows[r].UnitName, rows[r - 1].UnitName, StringComparison.Ordinal))
            {
                var size = 0;
                while (r + size < rows.Count && string.Equals(rows[r + size].UnitName, rows[r].UnitName, StringComparison.Ordinal))
                {
                    size++;
                }

                yield return Line([$"{rows[r].UnitName} ({size} người)"]);
            }

            yield return Line(AttendeeColumns.Values(rows[r], meeting.StartsAt.Offset), AttendeeColumns.PhoneColumns);
        }
    }

    private static Dictionary<string, object> Line(IReadOnlyList<string> values, IReadOnlySet<int>? phoneColumns = null)
    {
        var line = new Dictionary<string, object>(ColumnWidths.Length, StringComparer.Ordinal);
        for (var i = 0; i < ColumnWidths.Length; i++)
        {
            var clean = i < values.Count ? SharedStrings.Clean(values[i]) : string.Empty;
            line[Key(i)] = phoneColumns?.Contains(i) == true ? SpreadsheetSafety.NeutralizePhone(clean) : SpreadsheetSafety.Neutralize(clean);
        }

        return line;
    }

    /// <summary>The default container, after one change to the services the host registered.</summary>
    private sealed class ReplacingFactory(Action<IServiceCollection> change) : IServiceProviderFactory<IServiceCollection>
    {
        private readonly DefaultServiceProviderFactory inner = new();

        public IServiceCollection CreateBuilder(IServiceCollection services)
        {
            change(services);
            return inner.CreateBuilder(services);
        }

        public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => inner.CreateServiceProvider(containerBuilder);
    }
}
