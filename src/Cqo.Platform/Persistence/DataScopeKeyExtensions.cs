using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cqo.Platform.Persistence;

public static class DataScopeKeyExtensions
{
    private const string Annotation = "Cqo:DataScopeKey";

    /// <summary>
    /// Lets the data-scope filter read this column as one of the row's <see cref="IDataScoped"/> keys
    /// (e.g. <c>EnterpriseId</c> as <see cref="IDataScoped.OrganisationId"/>), so an entity need not
    /// store the same value twice. <paramref name="scopeKey"/> is the name of an <see cref="IDataScoped"/> member.
    /// </summary>
    public static PropertyBuilder<T> IsDataScopeKey<T>(this PropertyBuilder<T> property, string scopeKey) =>
        property.HasAnnotation(Annotation, scopeKey);

    /// <summary>The column holding the scope key: one marked for it, else one of that name.</summary>
    internal static IReadOnlyProperty? FindDataScopeKey(this IReadOnlyEntityType entityType, string scopeKey) =>
        entityType.GetProperties().FirstOrDefault(p => (string?)p.FindAnnotation(Annotation)?.Value == scopeKey)
        ?? entityType.FindProperty(scopeKey);
}
