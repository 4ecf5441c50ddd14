using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.Identity.Infrastructure.Permissions;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Application.Roles;

/// <summary>The complete set of permissions the subject should hold after the change.</summary>
internal sealed record SetGrantsRequest(IReadOnlyList<string> Permissions);

internal sealed class SetGrantsValidator : AbstractValidator<SetGrantsRequest>
{
    public SetGrantsValidator()
    {
        RuleFor(x => x.Permissions).NotNull();
        RuleForEach(x => x.Permissions).NotEmpty().MaximumLength(IdentityLimits.PermissionNameMaxLength);
    }
}

/// <summary>Reads and replaces the grants of a role, a user or a client (each visible to the caller).</summary>
internal sealed class GrantsHandler(
    IdentityDbContext db, PermissionDefinitionManager definitions, PermissionTree tree, PermissionGrantCache cache,
    ICurrentUser caller, IPermissionChecker permissions, TimeProvider clock)
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
        var wanted = CheckNames(request.Permissions);
        var existing = await db.PermissionGrants.Where(g => g.SubjectKind == kind && g.SubjectId == subjectId).ToListAsync(cancellationToken);
        await CheckDelegationAsync(kind, wanted.Except(existing.Select(g => g.Name)), cancellationToken);
        db.PermissionGrants.RemoveRange(existing.Where(g => !wanted.Contains(g.Name)));
        var now = clock.GetUtcNow();
        db.PermissionGrants.AddRange(wanted.Except(existing.Select(g => g.Name))
            .Select(name => new PermissionGrant(Guid.CreateVersion7(now), name, kind, subjectId)));
        await db.SaveChangesAsync(cancellationToken);
        cache.Invalidate();
        return tree.Describe(wanted);
    }

    /// <summary>The names, trimmed, each defined and with its parent among them; a 400 otherwise.</summary>
    public HashSet<string> CheckNames(IEnumerable<string> permissions)
    {
        var wanted = permissions.Select(p => p.Trim()).ToHashSet(StringComparer.Ordinal);
        var problems = wanted.Select(name => definitions.Find(name) switch
            {
                null => new ErrorMessage("Identity:PermissionUnknown", name),
                { Parent: { } parent } when !wanted.Contains(parent.Name) => new ErrorMessage("Identity:PermissionNeedsParent", name, parent.Name),
                _ => null,
            })
            .OfType<ErrorMessage>()
            .ToArray();
        return problems.Length > 0 ? throw new FieldValidationException(new Dictionary<string, ErrorMessage[]> { ["permissions"] = problems }) : wanted;
    }

    /// <summary>
    /// Holding a manage permission must not make one a superuser: roles are global, so only
    /// city-wide callers change them; others hand out only permissions they hold themselves.
    /// </summary>
    private async Task CheckDelegationAsync(GrantSubjectKind kind, IEnumerable<string> added, CancellationToken cancellationToken)
    {
        if (caller.Scope.SeesAll)
        {
            return;
        }

        if (kind == GrantSubjectKind.Role)
        {
            throw new FieldValidationException("permissions", new ErrorMessage("Identity:RoleGrantsCityWideOnly"));
        }

        var notHeld = new List<string>();
        foreach (var name in added)
        {
            if (!await permissions.IsGrantedAsync(name, cancellationToken))
            {
                notHeld.Add(name);
            }
        }

        if (notHeld.Count > 0)
        {
            throw new FieldValidationException("permissions", new ErrorMessage("Identity:PermissionNotHeld", string.Join(", ", notHeld)));
        }
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
