using System.Linq.Expressions;
using Cqo.SharedKernel.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Persistence;

internal static class ModelConventions
{
    public static void ApplyCqoConventions(this ModelBuilder modelBuilder, bool isSqlite)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var clrType = entityType.ClrType;
            if (typeof(ISoftDelete).IsAssignableFrom(clrType) && !entityType.IsOwned())
            {
                var entity = Expression.Parameter(clrType, "e");
                var notDeleted = Expression.Not(Expression.Property(entity, nameof(ISoftDelete.IsDeleted)));
                entityType.SetQueryFilter(Expression.Lambda(notDeleted, entity));
            }

            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clrType))
            {
                entityType.FindProperty(nameof(IHasConcurrencyStamp.ConcurrencyStamp))!.IsConcurrencyToken = true;
            }

            // SQLite has no schemas: a module's schema becomes its table prefix (reference_Districts).
            if (isSqlite && entityType.GetSchema() is { } schema && entityType.GetTableName() is { } table)
            {
                entityType.SetTableName($"{schema}_{table}");
                entityType.SetSchema(null);
            }
        }
    }
}
