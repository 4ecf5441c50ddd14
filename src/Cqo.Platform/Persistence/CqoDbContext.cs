using Cqo.Platform.Auditing;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Persistence;

/// <summary>
/// Base of every module's context and of the migration context. It adds the entity-change trail
/// (so changes and their audit rows commit together) and the shared conventions: soft-delete and
/// data-scope filters, concurrency stamps, and on SQLite, schema as a table prefix and sortable times.
/// </summary>
public abstract class CqoDbContext(DbContextOptions options) : DbContext(options)
{
    private IServiceProvider? _scopeServices;
    private ICurrentUser? _currentUser;
    private bool _currentUserResolved;

    internal DbSet<EntityChange> EntityChanges => Set<EntityChange>();

    /// <summary>
    /// The caller's scope; the system's when there is no caller (jobs, seeders, migrations). A
    /// context that serves framework stores (sign-in, token storage) answers the system's.
    /// </summary>
    protected virtual DataScope CurrentScope => CurrentUser?.Scope ?? DataScope.System;

    // Read by the data-scope query filter each time a query runs (EF parameterizes context members).
    internal bool ScopeSeesAll => CurrentScope.SeesAll;

    internal Guid? ScopeOrganisationId => CurrentScope.SeenOrganisationId;

    internal string? ScopeJurisdictionCode => CurrentScope.SeenJurisdictionCode;

    internal Guid? ScopeUserId => CurrentScope.UserId;

    /// <summary>Who is acting, for the data scope and the audit trail; nobody (the system) when not attached.</summary>
    internal ICurrentUser? CurrentUser
    {
        get
        {
            if (!_currentUserResolved)
            {
                _currentUser = _scopeServices?.GetService<ICurrentUser>();
                _currentUserResolved = true;
            }

            return _currentUser;
        }
    }

    /// <summary>
    /// Serves the request, circuit or job whose services these are. A pooled context outlives them,
    /// so its caller is set on every lease and forgotten when it goes back to the pool.
    /// </summary>
    internal void AttachTo(IServiceProvider scopeServices) => (_scopeServices, _currentUser, _currentUserResolved) = (scopeServices, null, false);

    public override void Dispose()
    {
        Detach();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Detach();
        return base.DisposeAsync();
    }

    private void Detach() => (_scopeServices, _currentUser, _currentUserResolved) = (null, null, false);

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        modelBuilder.ConfigureEntityChanges();
        modelBuilder.ApplyCqoConventions(this, Database.IsSqlite());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite keeps DateTimeOffset as text it cannot compare or order; as UTC ticks it can,
            // exactly. Only UTC is ever stored, so the offset need not be kept.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
