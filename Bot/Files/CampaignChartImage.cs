using System.Globalization;
using Domain.Campaigns;
using ScottPlot;

namespace Bot.Files;

/// <summary>
/// The monthly summary's chart as a PNG, headless: one horizontal bar per unit, its completion
/// rate in percent, drawn with the embedded Inter font (see <see cref="HeadcountChartImage"/>).
/// </summary>
public static class CampaignChartImage
{
    public const int Width = 1000;

    public static int HeightFor(int bars) => HeadcountChartImage.HeightFor(bars);

    public static byte[] Render(CampaignChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        HeadcountChartImage.UseInter();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        var count = chart.Bars.Count;
        var bars = chart.Bars.Select((b, i) => new Bar
        {
            Position = count - 1 - i,
            Value = b.RatePercent,
            FillColor = Color.FromHex("#2E7D32"),
            LineWidth = 0,
            Label = $"{b.RatePercent}%",
        }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plotted.ValueLabelStyle.FontName = ChartFont.Family;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, count).Select(i => (double)(count - 1 - i)).ToArray(),
            chart.Bars.Select(b => b.Unit).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // Rates stop at 100%; the room beyond is only for the bars' labels, so it gets no ticks.
        var percents = Enumerable.Range(0, 11).Select(i => i * 10.0).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(percents, percents.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p:0}%")).ToArray());
        plot.Axes.SetLimits(0, 110, -0.5, Math.Max(count, 1) - 0.5);
        plot.Title(chart.Title);
        plot.XLabel(chart.Summary);
        return plot.GetImageBytes(Width, HeightFor(count), ImageFormat.Png);
    }
}
