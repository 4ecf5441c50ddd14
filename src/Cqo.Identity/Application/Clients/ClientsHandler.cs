using System.Security.Cryptography;
using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.Identity.Application.Roles;
using Cqo.Identity.Infrastructure.Auth;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Cqo.Identity.Application.Clients;

internal sealed record CreateClientRequest(string ClientId, string DisplayName, ScopeInput Scope, IReadOnlyList<string>? Permissions);

internal sealed class CreateClientValidator : AbstractValidator<CreateClientRequest>
{
    public CreateClientValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.ClientId).NotEmpty().MaximumLength(IdentityLimits.ClientIdMaxLength).Matches("^[a-z0-9][a-z0-9.-]*$")
            .Must(id => !Guid.TryParse(id, out _)).WithMessage(_ => texts["Identity:ClientIdLooksLikeAccount"]);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(IdentityLimits.DisplayNameMaxLength);
        RuleFor(x => x.Scope).NotNull();
        RuleFor(x => x.Scope.Kind).NotNull().IsInEnum().When(x => x.Scope is not null);
    }
}

/// <summary>
/// Confidential integration clients: an OpenIddict application allowed the client-credentials grant,
/// plus our record of its scope. The secret is generated here and shown once.
/// </summary>
internal sealed class ClientsHandler(
    IdentityDbContext db, IOpenIddictApplicationManager applications, ScopeRules rules, GrantsHandler grants, TimeProvider clock)
{
    private static readonly SortMap<IntegrationClient> s_sort = new SortMap<IntegrationClient>("clientId", c => c.Id)
        .Add("clientId", c => c.ClientId)
        .Add("displayName", c => c.DisplayName)
        .Add("createdAt", c => c.CreatedAt);

    public async Task<PagedResult<ClientDto>> ListAsync(string? search, PageRequest page, CancellationToken cancellationToken)
    {
        var clients = db.IntegrationClients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            clients = clients.Where(c => c.ClientId.Contains(s) || c.DisplayName.Contains(s));
        }

        var (items, total) = await clients.ToPageAsync(s_sort, page, cancellationToken);
        var ids = items.Select(c => c.Id).ToList();
        var granted = await db.PermissionGrants.Where(g => g.SubjectKind == GrantSubjectKind.Client && ids.Contains(g.SubjectId))
            .Select(g => new { g.SubjectId, g.Name }).ToListAsync(cancellationToken);
        var names = await OrganisationNames.LoadAsync(db, items.Select(c => c.OrganisationId), cancellationToken);
        return new PagedResult<ClientDto>(
            items.Select(c => new ClientDto(
                c.Id,
                c.ClientId,
                c.DisplayName,
                names.Describe(c.ScopeKind, c.OrganisationId, c.JurisdictionCode),
                granted.Where(g => g.SubjectId == c.Id).Select(g => g.Name).Order(StringComparer.Ordinal).ToList(),
                c.CreatedAt,
                c.SecretRotatedAt)).ToList(),
            total);
    }

    public async Task<ClientSecretDto> CreateAsync(CreateClientRequest request, CancellationToken cancellationToken)
    {
        var clientId = request.ClientId.Trim();
        var scope = await rules.CheckPlacementAsync(request.Scope, "scope", cancellationToken);
        grants.CheckNames(request.Permissions ?? []); // before anything is stored
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            throw new ConflictException("identity.client_id_taken", new ErrorMessage("Identity:ClientIdTaken", clientId));
        }

        var client = new IntegrationClient(Guid.CreateVersion7(clock.GetUtcNow()), clientId, request.DisplayName.Trim(), scope);
        db.IntegrationClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        var secret = NewSecret();
        await applications.CreateAsync(
            new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = client.DisplayName,
                Permissions = { OpenIddictConstants.Permissions.Endpoints.Token, OpenIddictConstants.Permissions.Endpoints.Revocation, OpenIddictConstants.Permissions.GrantTypes.ClientCredentials, OpenIddictConstants.Permissions.Prefixes.Scope + OpenIddictSetup.ApiScope },
            },
            cancellationToken);
        await grants.SetAsync(GrantSubjectKind.Client, client.Id, new SetGrantsRequest(request.Permissions ?? []), cancellationToken);
        return new ClientSecretDto(clientId, secret);
    }

    /// <summary>A new secret replaces the old one at once; tokens already issued run until they expire.</summary>
    public async Task<ClientSecretDto> RotateSecretAsync(Guid id, CancellationToken cancellationToken)
    {
        var client = await db.IntegrationClients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Client", id);
        var application = await applications.FindByClientIdAsync(client.ClientId, cancellationToken) ?? throw new NotFoundException("Client", id);
        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        client.SecretRotatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new ClientSecretDto(client.ClientId, secret);
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
