using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Reference.Infrastructure;

internal static class ReferenceDbContextExtensions
{
    public static async Task EnsureDistrictExistsAsync(this ReferenceDbContext db, string? districtCode, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(districtCode) && !await db.Districts.AnyAsync(d => d.Code == districtCode, cancellationToken))
        {
            throw new FieldValidationException("districtCode", new ErrorMessage("Reference:UnknownDistrict", districtCode));
        }
    }
}
