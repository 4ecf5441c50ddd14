namespace Cqo.Benchmarks.Registry;

/// <summary>
/// Sizes of the registry search benchmark. The defaults (a national deployment, DOMAIN.md §7) keep the
/// section under about six minutes on a 2-core machine, data generation included, plus the two imports.
/// </summary>
/// <param name="Enterprises">Generated enterprises.</param>
/// <param name="People">Generated people, each on an enterprise's staff.</param>
/// <param name="Requests">Sequential requests per query and subject for the latency figures.</param>
/// <param name="WarmupRequests">Discarded requests before those (JIT, connection pools, caches).</param>
/// <param name="LatencySeconds">Time budget of each latency run: a slow query stops early, with fewer requests.</param>
/// <param name="Seconds">Duration of each throughput run.</param>
/// <param name="Clients">Concurrent clients in the throughput runs.</param>
/// <param name="ImportRows">Rows of each import file (enterprises, then people); the host takes at most 200,000 (Registry:MaxImportRows).</param>
/// <param name="KeepDatabase">Leave the generated database in place (to try indexes by hand); its name is logged.</param>
internal sealed record RegistryOptions(
    int Enterprises = 1_000_000,
    int People = 1_000_000,
    int Requests = 300,
    int WarmupRequests = 30,
    int LatencySeconds = 30,
    int Seconds = 10,
    int Clients = 8,
    int ImportRows = 100_000,
    bool KeepDatabase = false);
