using Cqo.Registry.Domain;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Enterprises;

internal static class EnterpriseLookup
{
    /// <summary>
    /// The enterprise a new person or filing belongs to: the one named, or the caller's own when an
    /// enterprise account names none; 404 when the caller does not see it.
    /// </summary>
    public static async Task<Enterprise> ForNewRecordAsync(this DbSet<Enterprise> enterprises, Guid? requestedId, DataScope scope, CancellationToken cancellationToken)
    {
        var id = requestedId ?? scope.SeenOrganisationId
            ?? throw new FieldValidationException("enterpriseId", new ErrorMessage("Registry:EnterpriseRequired"));
        return await enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("Enterprise", id);
    }
}
