using System.Globalization;

namespace Cqo.Benchmarks;

/// <summary>The command line: <c>--output &lt;file&gt;</c> and <c>--runs &lt;n&gt;</c>, nothing else.</summary>
internal sealed class BenchOptions
{
    public const string Usage =
        "Usage: dotnet run -c Release --project test/Cqo.Benchmarks -- [--output artifacts/bench/report.md] [--runs 5]";

    /// <summary>Absolute path of the report; null means the default under the repository root.</summary>
    public string? Output { get; private set; }

    /// <summary>Measured runs per subject, after one discarded warm-up run.</summary>
    public int Runs { get; private set; } = 5;

    public static bool TryParse(string[] args, out BenchOptions options, out string error)
    {
        options = new BenchOptions();
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--output" when value is not null:
                    // Relative to where the command was typed, like any other CLI path.
                    options.Output = Path.GetFullPath(value);
                    i++;
                    break;
                case "--runs" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs > 0:
                    options.Runs = runs;
                    i++;
                    break;
                default:
                    error = $"Unexpected or incomplete argument '{args[i]}'.";
                    return false;
            }
        }

        return true;
    }
}
