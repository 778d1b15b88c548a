using Domain.Events;
using ScottPlot;
using SkiaSharp;

namespace Bot.Files;

/// <summary>
/// Draws the /thongke chart as a PNG, headless: one horizontal bar per unit, its members'
/// answers stacked (attending, declined, sending someone, no answer), the total against the
/// planned number written under the bars. Every word comes from the core, in the organizer's language.
/// </summary>
public static class HeadcountChartImage
{
    public const int Width = 1000;

    private static readonly Color[] SeriesColors = [Color.FromHex("#2E7D32"), Color.FromHex("#C62828"), Color.FromHex("#F9A825"), Color.FromHex("#9E9E9E")];

    private static readonly Lock FontGate = new();
    private static bool fontAdded;

    /// <summary>Tall enough for every unit's label: a fixed margin and 26 pixels a bar.</summary>
    public static int HeightFor(int bars) => Math.Max(360, 170 + (26 * bars));

    public static byte[] Render(HeadcountChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        UseInter();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        var bars = new List<Bar>();
        // The first unit at the top, as in the text.
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var row = chart.Bars[i];
            var position = chart.Bars.Count - 1 - i;
            double from = 0;
            int[] values = [row.Attending, row.Declined, row.Delegated, row.NoAnswer];
            for (var s = 0; s < values.Length; s++)
            {
                if (values[s] > 0)
                {
                    bars.Add(new Bar { Position = position, ValueBase = from, Value = from + values[s], FillColor = SeriesColors[s], LineWidth = 0 });
                    from += values[s];
                }
            }
        }

        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, chart.Bars.Count).Select(i => (double)(chart.Bars.Count - 1 - i)).ToArray(),
            chart.Bars.Select(b => b.Unit).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // Fixed limits: with no answer yet the bars are empty and automatic limits would go negative.
        var longest = chart.Bars.Select(b => b.Attending + b.Declined + b.Delegated + b.NoAnswer).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(0, Math.Max(longest, 1) * 1.05, -0.5, Math.Max(chart.Bars.Count, 1) - 0.5);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Title(chart.Title);
        plot.XLabel(chart.Summary);
        for (var s = 0; s < chart.Series.Count && s < SeriesColors.Length; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.Series[s], FillColor = SeriesColors[s] });
        }

        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return plot.GetImageBytes(Width, HeightFor(chart.Bars.Count), ImageFormat.Png);
    }

    /// <summary>ScottPlot's font list is global: the embedded font is added to it once.</summary>
    internal static void UseInter()
    {
        lock (FontGate)
        {
            if (!fontAdded)
            {
                Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
                fontAdded = true;
            }
        }
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        private readonly Lazy<SKTypeface> typeface = new(() => SKTypeface.FromData(SKData.CreateCopy(ChartFont.Bytes)));

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            fontName == ChartFont.Family ? typeface.Value : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == ChartFont.Family ? typeface.Value : null;
    }
}
