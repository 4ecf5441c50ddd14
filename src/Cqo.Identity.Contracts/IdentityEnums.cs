namespace Cqo.Identity.Contracts;

public enum OrganisationKind
{
    Enterprise,
    TrainingProvider,
}

/// <summary>Self-registered accounts wait for approval; accounts created by an administrator do not.</summary>
public enum ApprovalStatus
{
    Approved,
    Pending,
    Rejected,
}

public enum SecurityAction
{
    SignInSucceeded,
    SignInFailed,
    SignInRefused,
    LockedOut,
    SignedOut,
    TwoFactorFailed,
    TwoFactorEnabled,
    TwoFactorDisabled,
    PasswordChanged,
    PasswordReset,
    AccountLocked,
    AccountUnlocked,
    TokenIssued,
    TokenRefused,
    Registered,
    RegistrationApproved,
    RegistrationRejected,
}

public enum GrantSubjectKind
{
    Role,
    User,
    Client,
}
