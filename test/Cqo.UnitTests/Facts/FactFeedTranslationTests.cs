using Cqo.Certification.Application.Credits;
using Cqo.Certification.Application.Queries;
using Cqo.Certification.Contracts;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.Registry.Application.Enterprises;
using Cqo.Registry.Application.Filings;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Events;
using Cqo.Training.Application.Enrolments;
using Cqo.Training.Contracts;
using Cqo.Training.Infrastructure;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Cqo.UnitTests.Facts;

/// <summary>
/// The fact feeds' queries translate on SQL Server, which the integration tests do not run on (SQLite
/// and PostgreSQL do). A query EF cannot translate fails before it connects; one it can fails here
/// only on connecting to a server that is not there.
/// </summary>
public sealed class FactFeedTranslationTests
{
    private const string NoServer = "Server=tcp:127.0.0.1,1;Database=cqo;Connect Timeout=1;ConnectRetryCount=0;TrustServerCertificate=true";

    [Fact]
    public Task Enterprises() => ShouldTranslateAsync<EnterpriseFact, RegistryDbContext>(o => new(o), db => new EnterpriseFactFeed(db));

    [Fact]
    public Task Filings() => ShouldTranslateAsync<FilingFact, RegistryDbContext>(o => new(o), db => new FilingFactFeed(db));

    [Fact]
    public Task Enrolments() => ShouldTranslateAsync<EnrolmentFact, TrainingDbContext>(o => new(o), db => new EnrolmentFactFeed(db));

    [Fact]
    public Task Certificates() => ShouldTranslateAsync<CertificateFact, CertificationDbContext>(o => new(o), db => new CertificateFactFeed(db));

    [Fact]
    public Task Credits() => ShouldTranslateAsync<CreditFact, CertificationDbContext>(o => new(o), db => new CreditFactFeed(db));

    private static async Task ShouldTranslateAsync<TFact, TContext>(Func<DbContextOptions<TContext>, TContext> context, Func<TContext, IFactFeed<TFact>> feedOf)
        where TFact : IFact
        where TContext : CqoDbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseCqoDatabase(DatabaseProvider.SqlServer, NoServer);
        await using var db = context(options.Options);
        var feed = feedOf(db);

        await Should.ThrowAsync<SqlException>(() => feed.PageAsync(Guid.NewGuid(), 10, CancellationToken.None));
        await Should.ThrowAsync<SqlException>(() => feed.FindAsync([Guid.NewGuid(), Guid.NewGuid()], CancellationToken.None));
    }
}
