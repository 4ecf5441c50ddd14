using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Persistence;

internal static class ModelConventions
{
    public static void ApplyCqoConventions(this ModelBuilder modelBuilder, CqoDbContext context, bool isSqlite)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var clrType = entityType.ClrType;
            if (typeof(ISoftDelete).IsAssignableFrom(clrType) && !entityType.IsOwned())
            {
                entityType.SetQueryFilter(QueryFilters.SoftDelete, QueryFilters.SoftDeleteFilter(clrType));
            }

            if (typeof(IDataScoped).IsAssignableFrom(clrType) && !entityType.IsOwned())
            {
                entityType.SetQueryFilter(QueryFilters.DataScope, QueryFilters.DataScopeFilter(entityType, context));
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
