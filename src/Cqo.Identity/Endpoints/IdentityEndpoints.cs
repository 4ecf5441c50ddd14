using Cqo.Identity.Application.Clients;
using Cqo.Identity.Application.Me;
using Cqo.Identity.Application.Registrations;
using Cqo.Identity.Application.Roles;
using Cqo.Identity.Application.SecurityLog;
using Cqo.Identity.Application.Users;
using Cqo.Identity.Contracts;
using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Identity.Endpoints;

internal static class IdentityEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/me", (MeQueries me, CancellationToken ct) => me.GetAsync(ct))
            .RequireAuthorization().WithTags("Identity").ProducesProblem(StatusCodes.Status401Unauthorized);

        var api = endpoints.MapGroup("/api/identity").WithTags("Identity")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        MapUsers(api.MapGroup("/users"));
        MapRoles(api.MapGroup("/roles"));
        MapClients(api.MapGroup("/clients"));
        MapRegistrations(api.MapGroup("/registrations"));
        api.MapGet("/organisations", (string? search, string? kind, [AsParameters] PageQuery page, OrganisationQueries organisations, CancellationToken ct) =>
                organisations.ListAsync(search, EnumNames.ParseQuery<OrganisationKind>(kind, nameof(kind)), page.ToRequest(), ct))
            .RequirePermission(IdentityPermissions.Organisations);
        api.MapGet("/organisations/{id:guid}", (Guid id, OrganisationQueries organisations, CancellationToken ct) => organisations.GetAsync(id, ct))
            .RequirePermission(IdentityPermissions.Organisations).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/security-log", (string? user, Guid? userId, string? action, DateTimeOffset? from, DateTimeOffset? to, [AsParameters] PageQuery page, SecurityLogQueries log, CancellationToken ct) =>
                log.ListAsync(new SecurityLogQuery(user, userId, EnumNames.ParseQuery<SecurityAction>(action, nameof(action)), from, to), page.ToRequest(), ct))
            .RequirePermission(IdentityPermissions.SecurityLog);
    }

    private static void MapUsers(RouteGroupBuilder users)
    {
        users.MapGet("", (string? search, string? scopeKind, Guid? organisationId, string? approval, [AsParameters] PageQuery page, UserQueries queries, CancellationToken ct) =>
                queries.ListAsync(
                    new ListUsersQuery(search, EnumNames.ParseQuery<ScopeKind>(scopeKind, nameof(scopeKind)), organisationId, EnumNames.ParseQuery<ApprovalStatus>(approval, nameof(approval))),
                    page.ToRequest(), ct))
            .RequirePermission(IdentityPermissions.Users);
        users.MapGet("/{id:guid}", (Guid id, UserQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequirePermission(IdentityPermissions.Users).ProducesProblem(StatusCodes.Status404NotFound);

        var manage = users.MapGroup("").RequirePermission(IdentityPermissions.UsersManage)
            .ProducesProblem(StatusCodes.Status404NotFound);
        manage.MapPost("", async Task<Created<UserDto>> (CreateUserRequest request, SaveUserHandler handler, CancellationToken ct) =>
            {
                var user = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/identity/users/{user.Id}", user);
            })
            .Validate<CreateUserRequest>();
        manage.MapPut("/{id:guid}", (Guid id, UpdateUserRequest request, SaveUserHandler handler, CancellationToken ct) => handler.UpdateAsync(id, request, ct))
            .Validate<UpdateUserRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapPost("/{id:guid}/lock", (Guid id, UserLockHandler handler, CancellationToken ct) => handler.LockAsync(id, ct));
        manage.MapPost("/{id:guid}/unlock", (Guid id, UserLockHandler handler, CancellationToken ct) => handler.UnlockAsync(id, ct));
        manage.MapPost("/{id:guid}/reset-password", async Task<NoContent> (Guid id, ResetPasswordRequest request, UserLockHandler handler, CancellationToken ct) =>
            {
                await handler.ResetPasswordAsync(id, request, ct);
                return TypedResults.NoContent();
            })
            .Validate<ResetPasswordRequest>();
        MapGrants(users, GrantSubjectKind.User, IdentityPermissions.Roles, IdentityPermissions.RolesManage);
    }

    private static void MapRoles(RouteGroupBuilder roles)
    {
        roles.MapGet("", (RoleQueries queries, CancellationToken ct) => queries.ListAsync(ct)).RequirePermission(IdentityPermissions.Roles);
        MapGrants(roles, GrantSubjectKind.Role, IdentityPermissions.Roles, IdentityPermissions.RolesManage);
    }

    private static void MapClients(RouteGroupBuilder clients)
    {
        clients.MapGet("", (string? search, [AsParameters] PageQuery page, ClientsHandler handler, CancellationToken ct) =>
                handler.ListAsync(search, page.ToRequest(), ct))
            .RequirePermission(IdentityPermissions.Clients);
        clients.MapPost("", async Task<Created<ClientSecretDto>> (CreateClientRequest request, ClientsHandler handler, CancellationToken ct) =>
            {
                var secret = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/identity/clients?search={secret.ClientId}", secret);
            })
            .Validate<CreateClientRequest>().RequirePermission(IdentityPermissions.ClientsManage).ProducesProblem(StatusCodes.Status409Conflict);
        clients.MapPost("/{id:guid}/rotate-secret", (Guid id, ClientsHandler handler, CancellationToken ct) => handler.RotateSecretAsync(id, ct))
            .RequirePermission(IdentityPermissions.ClientsManage).ProducesProblem(StatusCodes.Status404NotFound);
        MapGrants(clients, GrantSubjectKind.Client, IdentityPermissions.Clients, IdentityPermissions.ClientsManage);
    }

    private static void MapRegistrations(RouteGroupBuilder registrations)
    {
        registrations.MapPost("", async Task<Created<RegistrationReceipt>> (RegisterEnterpriseAdminRequest request, RegistrationHandler handler, CancellationToken ct) =>
            {
                var userId = await handler.RegisterAsync(request, ct);
                return TypedResults.Created($"/api/identity/users/{userId}", new RegistrationReceipt(userId, ApprovalStatus.Pending));
            })
            .AllowAnonymous().RequireRateLimiting(RateLimitingOptions.PublicPolicy).Validate<RegisterEnterpriseAdminRequest>();
        registrations.MapGet("", ([AsParameters] PageQuery page, UserQueries queries, CancellationToken ct) =>
                queries.ListAsync(new ListUsersQuery(null, null, null, ApprovalStatus.Pending), page.ToRequest(), ct))
            .RequirePermission(IdentityPermissions.Registrations);
        registrations.MapPost("/{userId:guid}/approve", async Task<NoContent> (Guid userId, RegistrationHandler handler, CancellationToken ct) =>
            {
                await handler.DecideAsync(userId, approve: true, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(IdentityPermissions.Registrations).ProducesProblem(StatusCodes.Status404NotFound);
        registrations.MapPost("/{userId:guid}/reject", async Task<NoContent> (Guid userId, RegistrationHandler handler, CancellationToken ct) =>
            {
                await handler.DecideAsync(userId, approve: false, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(IdentityPermissions.Registrations).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapGrants(RouteGroupBuilder subjects, GrantSubjectKind kind, string read, string manage)
    {
        subjects.MapGet("/{id:guid}/permissions", (Guid id, GrantsHandler grants, CancellationToken ct) => grants.GetAsync(kind, id, ct))
            .RequirePermission(read).ProducesProblem(StatusCodes.Status404NotFound);
        subjects.MapPut("/{id:guid}/permissions", (Guid id, SetGrantsRequest request, GrantsHandler grants, CancellationToken ct) => grants.SetAsync(kind, id, request, ct))
            .RequirePermission(manage).Validate<SetGrantsRequest>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}

internal sealed record RegistrationReceipt(Guid UserId, ApprovalStatus Approval);
