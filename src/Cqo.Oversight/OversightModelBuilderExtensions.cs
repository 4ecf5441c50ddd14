using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight;

public static class OversightModelBuilderExtensions
{
    public const string Schema = "oversight";

    /// <summary>Oversight's tables (schema <c>oversight</c>).</summary>
    public static ModelBuilder ConfigureOversight(this ModelBuilder modelBuilder) => modelBuilder;
}
