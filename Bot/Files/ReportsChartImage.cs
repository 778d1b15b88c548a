using Domain.Reports;
using ScottPlot;
using SkiaSharp;

namespace Bot.Files;

/// <summary>
/// The round's chart as one PNG, headless: above, posts per year by unit (a group of horizontal
/// bars per unit, one per year); below, followers by unit. A unit that did not report keeps its
/// line, named as such, with no bar. Drawn with the embedded font so Vietnamese shows.
/// </summary>
public static class ReportsChartImage
{
    public const int Width = 1000;

    private static readonly Color[] YearColors = [Color.FromHex("#1565C0"), Color.FromHex("#2E7D32"), Color.FromHex("#F9A825"), Color.FromHex("#C62828"), Color.FromHex("#6A1B9A"), Color.FromHex("#00838F")];

    public static int PostsHeight(int units, int years) => Math.Max(360, 170 + (units * ((years * 8) + 8)));

    public static int FollowersHeight(int units) => Math.Max(300, 150 + (units * 20));

    /// <summary>The picture's height: the two charts one above the other.</summary>
    public static int HeightFor(int units, int years) => PostsHeight(units, years) + FollowersHeight(units);

    public static byte[] Render(ReportSummary summary, string title)
    {
        ArgumentNullException.ThrowIfNull(summary);
        HeadcountChartImage.UseInter();
        var units = summary.Units;
        var years = summary.Round.Years;
        var labels = units.Select(u => u.Reported ? u.UnitName : $"{u.UnitName} – {ReportsTable.NotReported}").ToArray();
        var posts = Posts(summary, labels, title);
        var followers = Followers(summary, labels);
        var postsHeight = PostsHeight(units.Count, years.Count);
        var height = HeightFor(units.Count, years.Count);
        // Drawn a band of rows at a time into one small buffer and written to the PNG as it goes:
        // a picture for hundreds of units would otherwise hold tens of megabytes of pixels at once
        // (docs/benchmarks.md, Reports). Each chart is drawn whole for every band, moved up by the
        // band's top, so its layout and pixels are those of the chart drawn alone.
        using var output = new ChunkedStream();
        using (var png = new PngBandWriter(output, Width, height))
        using (var band = new Band(Width))
        {
            band.Draw(posts, postsHeight, png);
            band.Draw(followers, height - postsHeight, png);
        }

        return output.ToArray();
    }

    /// <summary>The rows being drawn: premultiplied for Skia to draw on, read out unpremultiplied for the PNG.</summary>
    private sealed class Band(int width) : IDisposable
    {
        private const int Rows = 512;

        private readonly SKBitmap pixels = new(new SKImageInfo(width, Rows, SKColorType.Rgba8888, SKAlphaType.Premul));
        private readonly SKBitmap rows = new(new SKImageInfo(width, Rows, SKColorType.Rgba8888, SKAlphaType.Unpremul));

        public void Draw(Plot plot, int height, PngBandWriter png)
        {
            for (var top = 0; top < height; top += Rows)
            {
                var count = Math.Min(Rows, height - top);
                using (var surface = SKSurface.Create(pixels.Info, pixels.GetPixels(), pixels.RowBytes)
                    ?? throw new InvalidOperationException("The chart's surface could not be made."))
                {
                    surface.Canvas.Translate(0, -top);
                    plot.Render(surface.Canvas, width, height);
                }

                using var drawn = pixels.PeekPixels();
                using var target = new SKPixmap(rows.Info.WithSize(width, count), rows.GetPixels(), rows.RowBytes);
                if (!drawn.ReadPixels(target))
                {
                    throw new InvalidOperationException("The chart's pixels could not be read.");
                }

                png.WriteRows(rows.GetPixelSpan()[..(count * rows.RowBytes)]);
            }
        }

        public void Dispose()
        {
            pixels.Dispose();
            rows.Dispose();
        }
    }

    private static Plot Posts(ReportSummary summary, string[] labels, string title)
    {
        var plot = NewPlot();
        var years = summary.Round.Years;
        var group = years.Count + 1;
        var n = summary.Units.Count;
        var bars = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            if (summary.Units[i].Totals is not { } totals)
            {
                continue;
            }

            for (var y = 0; y < years.Count; y++)
            {
                // The first unit at the top, its first year first.
                bars.Add(new Bar { Position = ((n - 1 - i) * group) + (years.Count - 1 - y), Value = totals.Posts[y], FillColor = YearColors[y % YearColors.Length], LineWidth = 0 });
            }
        }

        plot.Add.Bars(bars).Horizontal = true;
        Ticks(plot, labels, i => ((n - 1 - i) * group) + ((years.Count - 1) / 2.0));
        var longest = bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(0, Math.Max(longest, 1) * 1.05, -1, Math.Max(n, 1) * group);
        plot.Title($"{title}: số bài viết theo năm");
        for (var y = 0; y < years.Count; y++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = years[y].ToString(System.Globalization.CultureInfo.InvariantCulture), FillColor = YearColors[y % YearColors.Length] });
        }

        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static Plot Followers(ReportSummary summary, string[] labels)
    {
        var plot = NewPlot();
        var n = summary.Units.Count;
        var bars = summary.Units.Select((u, i) => (u, i)).Where(x => x.u.Totals is not null)
            .Select(x => new Bar { Position = n - 1 - x.i, Value = x.u.Totals!.Followers, FillColor = YearColors[0], LineWidth = 0 }).ToList();
        plot.Add.Bars(bars).Horizontal = true;
        Ticks(plot, labels, i => n - 1 - i);
        var longest = bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(0, Math.Max(longest, 1) * 1.05, -0.5, Math.Max(n, 1) - 0.5);
        plot.Title("Số người theo dõi theo đơn vị");
        return plot;
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Axes.Bottom.TickGenerator = CountTicks();
        return plot;
    }

    /// <summary>The counts' axis: whole numbers only, each labelled by <see cref="TickLabel"/>.</summary>
    public static ScottPlot.TickGenerators.NumericAutomatic CountTicks() => new() { IntegerTicksOnly = true, LabelFormatter = TickLabel };

    /// <summary>A count on the axis as the plan writes it, "1.000" (ScottPlot's own labels group with a comma).</summary>
    public static string TickLabel(double value) => ReportNumbers.Format((long)Math.Round(value));

    private static void Ticks(Plot plot, string[] labels, Func<int, double> position)
    {
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, labels.Length).Select(position).ToArray(), labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
    }
}
