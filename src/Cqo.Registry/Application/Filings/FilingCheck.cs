using Cqo.Platform.Localization;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Registry.Application.Filings;

/// <summary>What submitting a filing would say now, every failing guard in the caller's language: the wizard's live check.</summary>
internal sealed class FilingCheckHandler(RegistryDbContext db, FilingGuards guards, IStringLocalizer texts)
{
    public async Task<FilingCheckDto> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var filing = await db.Filings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw new NotFoundException("Filing", id);
        var failures = await guards.EvaluateAsync(filing, cancellationToken);
        return new FilingCheckDto(failures.Count == 0, [.. failures.Select(f => new FilingGuardDto(f.Code, f.Field, texts.Localize(f.Message)))]);
    }
}
