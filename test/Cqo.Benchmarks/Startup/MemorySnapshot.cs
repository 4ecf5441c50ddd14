using System.Diagnostics;

namespace Cqo.Benchmarks.Startup;

/// <summary>A child's memory at one moment: the .NET working set and, on Linux, the kernel's VmRSS.</summary>
internal sealed record MemorySnapshot(long WorkingSetBytes, long? VmRssBytes)
{
    /// <summary>Resident memory as reported: VmRSS where the kernel gives it, the working set elsewhere.</summary>
    public long RssBytes => VmRssBytes ?? WorkingSetBytes;

    public static MemorySnapshot Of(Process process)
    {
        // Process caches its figures; Refresh or we would read the values from the first access.
        process.Refresh();
        return new MemorySnapshot(process.WorkingSet64, ReadVmRss(process.Id));
    }

    /// <summary>VmRSS from /proc/&lt;pid&gt;/status ("VmRSS:    123456 kB"); null off Linux or if the process is gone.</summary>
    private static long? ReadVmRss(int pid)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process exited between the health check and this read.
        }

        return null;
    }
}
