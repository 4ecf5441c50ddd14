namespace Cqo.SharedKernel.Security;

/// <summary>
/// Who is calling. Jobs and seeders run without a user (<see cref="UserId"/> is null) and are
/// recorded as the system. An integration client has a <see cref="ClientId"/> and no user.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    string? UserName { get; }

    /// <summary>The name a person goes by (a trainee's name on an enrolment); the user name when none is given.</summary>
    string? DisplayName { get; }

    /// <summary>The OAuth client acting for itself (client credentials), if any.</summary>
    string? ClientId { get; }

    /// <summary>The rows this caller may see.</summary>
    DataScope Scope { get; }
}
