using Cqo.Reference.Contracts;
using Cqo.Reference.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Reference;

public static class ReferenceModelBuilderExtensions
{
    public const string Schema = "reference";

    /// <summary>The reference-data tables (schema <c>reference</c>).</summary>
    public static ModelBuilder ConfigureReference(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<District>(b =>
        {
            b.ToTable("Districts", Schema);
            b.HasKey(d => d.Code);
            b.Property(d => d.Code).HasMaxLength(6);
            b.Property(d => d.NameZh).HasMaxLength(ReferenceLimits.NameZhMaxLength);
            b.Property(d => d.NameEn).HasMaxLength(ReferenceLimits.NameEnMaxLength);
        });

        modelBuilder.Entity<IndustrySection>(b =>
        {
            b.ToTable("IndustrySections", Schema);
            b.HasKey(s => s.Code);
            b.Property(s => s.Code).HasMaxLength(1);
            b.Property(s => s.NameZh).HasMaxLength(ReferenceLimits.NameZhMaxLength);
            b.Property(s => s.NameEn).HasMaxLength(ReferenceLimits.NameEnMaxLength);
        });

        modelBuilder.Entity<IndustryDivision>(b =>
        {
            b.ToTable("IndustryDivisions", Schema);
            b.HasKey(d => d.Code);
            b.Property(d => d.Code).HasMaxLength(2);
            b.Property(d => d.SectionCode).HasMaxLength(1);
            b.Property(d => d.NameZh).HasMaxLength(ReferenceLimits.NameZhMaxLength);
            b.Property(d => d.NameEn).HasMaxLength(ReferenceLimits.NameEnMaxLength);
            b.HasOne<IndustrySection>().WithMany().HasForeignKey(d => d.SectionCode).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RegulatorUnit>(b =>
        {
            b.ToTable("RegulatorUnits", Schema);
            b.Property(u => u.Code).HasMaxLength(ReferenceLimits.UnitCodeMaxLength);
            b.HasIndex(u => u.Code).IsUnique();
            b.Property(u => u.NameZh).HasMaxLength(ReferenceLimits.NameZhMaxLength);
            b.Property(u => u.NameEn).HasMaxLength(ReferenceLimits.NameEnMaxLength);
            b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(u => u.DistrictCode).HasMaxLength(6);
            b.HasOne<District>().WithMany().HasForeignKey(u => u.DistrictCode).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<SyllabusVersion>(b =>
        {
            b.ToTable("SyllabusVersions", Schema);
            b.Property(v => v.Code).HasMaxLength(20);
            b.HasIndex(v => v.Code).IsUnique();
            b.Property(v => v.TitleZh).HasMaxLength(ReferenceLimits.NameZhMaxLength);
            b.Property(v => v.TitleEn).HasMaxLength(ReferenceLimits.NameEnMaxLength);
            b.Property(v => v.RequiredHours).HasPrecision(5, 1);
            b.OwnsMany(v => v.Modules, m =>
            {
                m.ToTable("SyllabusModules", Schema);
                m.WithOwner().HasForeignKey("SyllabusVersionId");
                m.HasKey("SyllabusVersionId", nameof(SyllabusModule.Code));
                m.Property(x => x.Code).HasMaxLength(20);
                m.Property(x => x.NameZh).HasMaxLength(ReferenceLimits.NameZhMaxLength);
                m.Property(x => x.NameEn).HasMaxLength(ReferenceLimits.NameEnMaxLength);
                m.Property(x => x.Hours).HasPrecision(5, 1);
            });
        });

        return modelBuilder;
    }
}
