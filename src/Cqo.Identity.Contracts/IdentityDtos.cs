using Cqo.SharedKernel.Security;

namespace Cqo.Identity.Contracts;

/// <summary>The caller as <c>/api/me</c> describes it.</summary>
public sealed record MeDto(
    Guid? UserId,
    string? UserName,
    string? DisplayName,
    string? ClientId,
    ScopeDto Scope,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions);

public sealed record ScopeDto(ScopeKind Kind, Guid? OrganisationId, string? OrganisationName, string? JurisdictionCode);

public sealed record UserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Email,
    string? PhoneNumber,
    ScopeDto Scope,
    IReadOnlyList<string> Roles,
    ApprovalStatus Approval,
    bool IsLockedOut,
    DateTimeOffset? LockoutEnd,
    bool TwoFactorEnabled,
    DateTimeOffset CreatedAt,
    string ConcurrencyStamp);

public sealed record RoleDto(Guid Id, string Name, string DisplayName, bool IsStandard, int UserCount, int GrantCount);

/// <summary>One node of the permission tree, with whether the subject holds it.</summary>
public sealed record PermissionNodeDto(string Name, string DisplayName, bool Granted, IReadOnlyList<PermissionNodeDto> Children);

public sealed record PermissionGroupDto(string Name, string DisplayName, IReadOnlyList<PermissionNodeDto> Permissions);

public sealed record ClientDto(
    Guid Id,
    string ClientId,
    string DisplayName,
    ScopeDto Scope,
    IReadOnlyList<string> Permissions,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SecretRotatedAt);

/// <summary>A client secret, shown once: on creation and on rotation.</summary>
public sealed record ClientSecretDto(string ClientId, string ClientSecret);

public sealed record SecurityLogDto(
    Guid Id,
    DateTimeOffset At,
    SecurityAction Action,
    Guid? UserId,
    string? UserName,
    string? ClientId,
    string? IpAddress,
    string? UserAgent,
    string? Detail);

public sealed record OrganisationDto(Guid Id, OrganisationKind Kind, string Name, string Uscc, string DistrictCode, string JurisdictionCode, int UserCount);
