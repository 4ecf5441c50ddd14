using Npgsql;

namespace Cqo.Benchmarks.BareApp.Certification;

/// <summary>
/// <c>GET /certification/certificates/{number}?asOf=yyyy-MM-dd</c>: the host's public verification with nothing
/// around it (no rate limiter, localization, problem details, EF Core), the same commands over raw ADO.NET
/// (<see cref="CertificateLookup"/>); an unknown or malformed number is a bare 404.
/// </summary>
internal static class CertificateVerificationEndpoint
{
    /// <summary><c>ConnectionStrings:Certification</c> (env <c>ConnectionStrings__Certification</c>); the endpoint exists only when it is set.</summary>
    public const string ConnectionStringName = "Certification";

    public static void AddCertificateVerification(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString)
        {
            builder.Services.AddKeyedSingleton(ConnectionStringName, (_, _) => NpgsqlDataSource.Create(connectionString));
        }
    }

    public static void MapCertificateVerification(this WebApplication app)
    {
        if (string.IsNullOrEmpty(app.Configuration.GetConnectionString(ConnectionStringName)))
        {
            return;
        }

        app.MapGet("/certification/certificates/{number}", async Task<IResult> (
            string number, DateOnly? asOf, [FromKeyedServices(ConnectionStringName)] NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            await CertificateLookup.VerifyAsync(dataSource, number, asOf, cancellationToken) is { } certificate
                ? TypedResults.Ok(certificate)
                : TypedResults.NotFound());
    }
}
