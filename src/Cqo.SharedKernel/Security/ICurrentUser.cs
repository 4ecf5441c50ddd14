namespace Cqo.SharedKernel.Security;

/// <summary>
/// Who is calling. Jobs and seeders run without a user (<see cref="UserId"/> is null) and are
/// recorded as the system.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    string? UserName { get; }
}
