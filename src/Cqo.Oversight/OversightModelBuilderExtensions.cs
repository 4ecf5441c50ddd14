using Cqo.Oversight.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight;

public static class OversightModelBuilderExtensions
{
    public const string Schema = "oversight";

    /// <summary>Oversight's tables (schema <c>oversight</c>).</summary>
    public static ModelBuilder ConfigureOversight(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Export>(b =>
        {
            b.ToTable("Exports", Schema);
            b.Property(e => e.Kind).HasMaxLength(Export.KindMaxLength);
            b.Property(e => e.Title).HasMaxLength(Export.TitleMaxLength);
            b.Property(e => e.Format).HasConversion<string>().HasMaxLength(8);
            b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Parameters).HasMaxLength(Export.ParametersMaxLength);
            b.Property(e => e.Culture).HasMaxLength(16);
            b.Property(e => e.OwnerClientId).HasMaxLength(Export.KindMaxLength);
            b.Property(e => e.OwnerName).HasMaxLength(Export.NameMaxLength);
            b.Property(e => e.OwnerScopeKind).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.OwnerJurisdictionCode).HasMaxLength(16);
            b.Property(e => e.FileKey).HasMaxLength(100);
            b.Property(e => e.FileName).HasMaxLength(Export.FileNameMaxLength);
            b.Property(e => e.Error).HasMaxLength(Export.ErrorMaxLength);
            b.HasIndex(e => new { e.OwnerUserId, e.CreatedAt });
            b.HasIndex(e => e.CreatedAt);
        });
        return modelBuilder;
    }
}
