using System.Globalization;

namespace Benchmarks;

/// <summary>The command line: a command, then --name value options.</summary>
internal sealed class BenchmarkOptions
{
    public string Command { get; private set; } = "all";

    public int Users { get; private set; } = 2000;

    public double? Rate { get; private set; }

    public int Warmup { get; private set; } = 300;

    public int Parallel { get; private set; } = 8;

    public int Attempts { get; private set; } = 1;

    public int Trace { get; private set; }

    public double PacedFraction { get; private set; } = 0.5;

    public IReadOnlyList<int> Members { get; private set; } = [10_000, 50_000];

    public bool NoScale { get; private set; }

    public IReadOnlyList<string> Xlsx { get; private set; } = [ScaleBenchmark.HandWritten];

    public bool NoEcho { get; private set; }

    public string? Out { get; private set; }

    public string? Samples { get; private set; }

    public List<string> Positional { get; } = [];

    public IReadOnlyList<string> Raw { get; private set; } = [];

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions { Raw = args };
        var i = 0;
        if (args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            options.Command = args[0];
            i = 1;
        }

        for (; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--users":
                    options.Users = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--rate":
                    options.Rate = double.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--warmup":
                    options.Warmup = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--parallel":
                    options.Parallel = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--trace":
                    options.Trace = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--paced":
                    options.PacedFraction = double.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--members":
                    options.Members = Next().Split(',').Select(m => int.Parse(m, CultureInfo.InvariantCulture)).ToList();
                    break;
                case "--xlsx":
                    options.Xlsx = Next().Split(',');
                    break;
                case "--no-scale":
                    options.NoScale = true;
                    break;
                case "--no-echo":
                    options.NoEcho = true;
                    break;
                case "--attempts":
                    options.Attempts = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture));
                    break;
                case "--samples":
                    options.Samples = Next();
                    break;
                case "--out":
                    options.Out = Next();
                    break;
                case "--limit" or "--recipients" or "--progress" or "--updates" or "--kills" or "--seed" or "--seconds"
                    or "--units" or "--pages" or "--runs" or "--only" or "--save":
                    // The broadcast, storage and reports parts read these themselves.
                    Next();
                    break;
                case "--paid" or "--in-bot" or "--per-part":
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"Unknown option {args[i]}.");
                    }

                    options.Positional.Add(args[i]);
                    break;
            }
        }

        if (options.Command == "scale" && options.Positional.Count > 0)
        {
            options.Members = [int.Parse(options.Positional[0], CultureInfo.InvariantCulture)];
        }

        return options;
    }
}
