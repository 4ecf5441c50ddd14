using System.Text.Json;
using Cqo.Platform.Auditing;
using Cqo.Platform.Outbox;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Persistence;

/// <summary>
/// Base of every module's context and of the migration context. It adds the entity-change trail
/// (so changes and their audit rows commit together), the outbox (so integration events commit with
/// the change that raised them) and the shared conventions: soft-delete and
/// data-scope filters, concurrency stamps, and on SQLite, schema as a table prefix and sortable times.
/// It is the sink the records that announce their changes (<see cref="IAnnouncesChanges"/>) write
/// to while they are saved (see <see cref="ChangeAnnouncingInterceptor"/>).
/// </summary>
public abstract class CqoDbContext(DbContextOptions options) : DbContext(options), IIntegrationEventSink
{
    private IServiceProvider? _scopeServices;
    private ICurrentUser? _currentUser;
    private bool _currentUserResolved;
    private Guid? _unsavedMessageId;
    private bool _returned;

    internal DbSet<EntityChange> EntityChanges => Set<EntityChange>();

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

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

    /// <summary>
    /// Who is acting, for the data scope and the audit trail; nobody (the system) for a context never
    /// leased (design time, migrations). A context back in its pool refuses to answer rather than act
    /// as the system: only a stray second dispose or a use after disposal could ask.
    /// </summary>
    internal ICurrentUser? CurrentUser
    {
        get
        {
            ObjectDisposedException.ThrowIf(_returned, this);
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
    internal void AttachTo(IServiceProvider scopeServices) =>
        (_scopeServices, _currentUser, _currentUserResolved, _unsavedMessageId, _returned) = (scopeServices, null, false, null, false);

    /// <summary>
    /// Writes <paramref name="integrationEvent"/> to the outbox; the next SaveChanges stores it with the
    /// change that raised it, in one transaction, and its handlers run after the commit (at least once,
    /// see <see cref="IIntegrationEventHandler{TEvent}"/>). Returns the message's id.
    /// </summary>
    public Guid Publish<TEvent>(TEvent integrationEvent)
        where TEvent : IIntegrationEvent
    {
        var clock = _scopeServices?.GetService<TimeProvider>() ?? TimeProvider.System;
        var message = OutboxMessage.For(integrationEvent, clock.GetUtcNow().ToStoragePrecision());
        OutboxMessages.Add(message);
        if (IsHandledHere(TEvent.EventName))
        {
            _unsavedMessageId = message.Id;
        }

        return message.Id;
    }

    void IIntegrationEventSink.Publish<TEvent>(TEvent integrationEvent) => Publish(integrationEvent);

    /// <summary>
    /// Whether this host has handlers for the event, so that a dispatch right after the save would
    /// deliver it. The dispatcher claims nothing else, and records announce every save: a change event
    /// nobody handles yet would otherwise queue a job that finds nothing to do with each of them.
    /// </summary>
    private bool IsHandledHere(string eventName) =>
        _scopeServices?.GetService<IntegrationEventHandlers>()?.For(eventName).Count > 0;

    /// <summary>
    /// Records that the caller saw something the trail must show although nothing changed: personal
    /// data in full (an ID number revealed) or the trail itself (an export). The next SaveChanges
    /// stores it in the entity-change trail as <see cref="EntityChangeKind.Viewed"/>, by the current
    /// user, within the current request; <paramref name="details"/> are written as [null, value].
    /// </summary>
    public void RecordView(string entityType, string entityKey, IReadOnlyDictionary<string, object?> details)
    {
        var clock = _scopeServices?.GetService<TimeProvider>() ?? TimeProvider.System;
        var now = clock.GetUtcNow().ToStoragePrecision();
        var changes = details.ToDictionary(d => d.Key, d => new[] { null, d.Value });
        EntityChanges.Add(new EntityChange(
            Guid.CreateVersion7(now), entityType, entityKey, EntityChangeKind.Viewed, JsonSerializer.Serialize(changes, AuditJson.Options), now,
            CurrentUser?.UserId, _scopeServices?.GetService<IHttpContextAccessor>()?.HttpContext?.TraceIdentifier));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        AfterSave();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AfterSave();
        return saved;
    }

    /// <summary>
    /// Asks for a prompt dispatch when this save wrote outbox messages and has committed. Inside an
    /// explicit transaction it has not, and a dispatch now would find nothing: the minute job delivers.
    /// </summary>
    private void AfterSave()
    {
        if (_unsavedMessageId is not { } messageId)
        {
            return;
        }

        _unsavedMessageId = null;
        if (Database.CurrentTransaction is null)
        {
            OutboxDispatchTrigger.DispatchSoon(_scopeServices, messageId);
        }
    }

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

    private void Detach() => (_scopeServices, _currentUser, _currentUserResolved, _unsavedMessageId, _returned) = (null, null, false, null, true);

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        modelBuilder.ConfigureEntityChanges();
        modelBuilder.ConfigureOutbox();
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
