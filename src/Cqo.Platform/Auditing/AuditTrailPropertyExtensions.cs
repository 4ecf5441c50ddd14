using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cqo.Platform.Auditing;

public static class AuditTrailPropertyExtensions
{
    private const string Annotation = "Cqo:SecretInAuditTrail";

    /// <summary>
    /// The entity-change trail records that the property changed, never its value (password hashes,
    /// security stamps, secrets).
    /// </summary>
    public static PropertyBuilder<T> IsSecretInAuditTrail<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Annotation, true);

    internal static bool IsSecretInAuditTrail(this IReadOnlyProperty property) =>
        property.FindAnnotation(Annotation)?.Value is true;
}
