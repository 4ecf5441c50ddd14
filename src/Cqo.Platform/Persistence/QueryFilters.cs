using System.Linq.Expressions;
using System.Reflection;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cqo.Platform.Persistence;

/// <summary>
/// The named query filters every context applies. A query may lift one by name, e.g. a public
/// projection: <c>IgnoreQueryFilters([QueryFilters.DataScope])</c>.
/// </summary>
public static class QueryFilters
{
    public const string SoftDelete = "SoftDelete";

    /// <summary>Hides <see cref="IDataScoped"/> rows outside the caller's <see cref="DataScope"/> (ADR 6).</summary>
    public const string DataScope = "DataScope";

    private static readonly MethodInfo s_efProperty = typeof(EF).GetMethod(nameof(EF.Property))!;

    // Each scope key of a row, and the context member holding the caller's value for it.
    private static readonly (string RowKey, string ScopeMember, Type Type)[] s_scopeKeys =
    [
        (nameof(IDataScoped.OrganisationId), nameof(CqoDbContext.ScopeOrganisationId), typeof(Guid?)),
        (nameof(IDataScoped.SecondOrganisationId), nameof(CqoDbContext.ScopeOrganisationId), typeof(Guid?)),
        (nameof(IDataScoped.JurisdictionCode), nameof(CqoDbContext.ScopeJurisdictionCode), typeof(string)),
        (nameof(IDataScoped.OwnerUserId), nameof(CqoDbContext.ScopeUserId), typeof(Guid?)),
    ];

    internal static LambdaExpression SoftDeleteFilter(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        return Expression.Lambda(Expression.Not(Expression.Property(entity, nameof(ISoftDelete.IsDeleted))), entity);
    }

    /// <summary>
    /// The rule of <see cref="SharedKernel.Security.DataScope.CanSee"/> over the keys the entity maps
    /// (a key it computes as null is left out; a column marked with <see cref="DataScopeKeyExtensions.IsDataScopeKey{T}"/> counts), written over the context so that EF reads the
    /// caller's scope at each execution rather than once when the model is built.
    /// </summary>
    internal static LambdaExpression DataScopeFilter(IReadOnlyEntityType entityType, CqoDbContext context)
    {
        var entity = Expression.Parameter(entityType.ClrType, "e");
        var db = Expression.Constant(context);
        Expression visible = ContextMember(db, nameof(CqoDbContext.ScopeSeesAll));
        var mappedKeys = s_scopeKeys
            .Select(k => (Column: entityType.FindDataScopeKey(k.RowKey), k.ScopeMember, k.Type))
            .Where(k => k.Column is not null)
            .ToList();
        if (mappedKeys.Count == 0)
        {
            throw new InvalidOperationException($"{entityType.ClrType.Name} is {nameof(IDataScoped)} but maps none of its scope keys.");
        }

        foreach (var (column, scopeMember, type) in mappedKeys)
        {
            var callerValue = ContextMember(db, scopeMember);
            Expression rowValue = Expression.Call(s_efProperty.MakeGenericMethod(column!.ClrType), entity, Expression.Constant(column.Name));
            if (column.ClrType != type)
            {
                rowValue = Expression.Convert(rowValue, type); // a non-nullable id compared with the caller's nullable one
            }

            visible = Expression.OrElse(visible, Expression.AndAlso(
                Expression.NotEqual(callerValue, Expression.Constant(null, type)),
                Expression.Equal(rowValue, callerValue)));
        }

        return Expression.Lambda(visible, entity);
    }

    private static MemberExpression ContextMember(Expression context, string name) =>
        Expression.Property(context, typeof(CqoDbContext).GetProperty(name, BindingFlags.Instance | BindingFlags.NonPublic)!);
}
