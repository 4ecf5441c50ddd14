using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.Identity.Infrastructure.Permissions;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Application.Roles;

/// <summary>The complete set of permissions the subject should hold after the change.</summary>
internal sealed record SetGrantsRequest(IReadOnlyList<string> Permissions);

internal sealed class SetGrantsValidator : AbstractValidator<SetGrantsRequest>
{
    public SetGrantsValidator() =>
        RuleForEach(x => x.Permissions).NotEmpty().MaximumLength(IdentityLimits.PermissionNameMaxLength);
}

/// <summary>Reads and replaces the grants of a role, a user or a client (each visible to the caller).</summary>
internal sealed class GrantsHandler(
    IdentityDbContext db, PermissionDefinitionManager definitions, PermissionTree tree, PermissionGrantCache cache, TimeProvider clock)
{
    public async Task<IReadOnlyList<PermissionGroupDto>> GetAsync(GrantSubjectKind kind, Guid subjectId, CancellationToken cancellationToken)
    {
        await EnsureSubjectAsync(kind, subjectId, cancellationToken);
        var granted = await db.PermissionGrants.Where(g => g.SubjectKind == kind && g.SubjectId == subjectId)
            .Select(g => g.Name).ToListAsync(cancellationToken);
        return tree.Describe(granted.ToHashSet(StringComparer.Ordinal));
    }

    public async Task<IReadOnlyList<PermissionGroupDto>> SetAsync(GrantSubjectKind kind, Guid subjectId, SetGrantsRequest request, CancellationToken cancellationToken)
    {
        await EnsureSubjectAsync(kind, subjectId, cancellationToken);
        var wanted = request.Permissions.Select(p => p.Trim()).ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, ErrorMessage[]>();
        foreach (var name in wanted)
        {
            var definition = definitions.Find(name);
            if (definition is null)
            {
                errors["permissions"] = [.. errors.GetValueOrDefault("permissions") ?? [], new ErrorMessage("Identity:PermissionUnknown", name)];
            }
            else if (definition.Parent is { } parent && !wanted.Contains(parent.Name))
            {
                errors["permissions"] = [.. errors.GetValueOrDefault("permissions") ?? [], new ErrorMessage("Identity:PermissionNeedsParent", name, parent.Name)];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var existing = await db.PermissionGrants.Where(g => g.SubjectKind == kind && g.SubjectId == subjectId).ToListAsync(cancellationToken);
        db.PermissionGrants.RemoveRange(existing.Where(g => !wanted.Contains(g.Name)));
        var now = clock.GetUtcNow();
        db.PermissionGrants.AddRange(wanted.Except(existing.Select(g => g.Name))
            .Select(name => new PermissionGrant(Guid.CreateVersion7(now), name, kind, subjectId)));
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return tree.Describe(wanted);
    }

    // Roles are global; users and clients must lie in the caller's scope.
    private async Task EnsureSubjectAsync(GrantSubjectKind kind, Guid id, CancellationToken cancellationToken)
    {
        var exists = kind switch
        {
            GrantSubjectKind.Role => await db.Roles.AnyAsync(r => r.Id == id, cancellationToken),
            GrantSubjectKind.User => await db.Users.AnyAsync(u => u.Id == id, cancellationToken),
            _ => await db.IntegrationClients.AnyAsync(c => c.Id == id, cancellationToken),
        };
        if (!exists)
        {
            throw new NotFoundException(kind.ToString(), id);
        }
    }
}
