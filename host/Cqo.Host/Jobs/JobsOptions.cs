namespace Cqo.Host.Jobs;

/// <summary>The <c>Jobs</c> section.</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this host runs a job server; a host may serve only web traffic.</summary>
    public bool Server { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>How often a PostgreSQL-backed server polls for work (its default, 15 s, is slow to react).</summary>
    public int QueuePollSeconds { get; set; } = 5;
}
