namespace Cqo.SharedKernel.Jobs;

/// <summary>
/// A recurring job as a module declares it: a stable id (<c>module:what</c>), the job class and a cron
/// expression read in Asia/Shanghai. The host hands these to the scheduler, so modules need no
/// scheduler types.
/// </summary>
public sealed record RecurringJobDefinition(string Id, Type JobType, string Cron);
