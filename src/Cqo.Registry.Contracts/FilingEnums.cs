namespace Cqo.Registry.Contracts;

/// <summary>
/// The appointment filing's life cycle (DOMAIN.md §4): Draft → Submitted → UnderReview →
/// (Returned → Submitted) | Rejected | Announcing → Active → Ended | Revoked; Draft|Submitted → Withdrawn.
/// </summary>
public enum FilingStatus
{
    Draft,
    Submitted,
    UnderReview,
    Returned,
    Rejected,
    Announcing,
    Active,
    Ended,
    Revoked,
    Withdrawn,
}

/// <summary>Who appointed the officer.</summary>
public enum AppointingBody
{
    LegalRepresentative,
    Board,
    GeneralManager,
}

public enum FilingEndReason
{
    Resigned,
    Dismissed,
    TermEnded,
    EnterpriseDeregistered,
    Replaced,
}

/// <summary>A reviewer's step: take the filing into review, then return, reject or approve it.</summary>
public enum ReviewDecision
{
    StartReview,
    Return,
    Reject,
    Approve,
}

/// <summary>Every recorded step of a filing.</summary>
public enum FilingAction
{
    Created,
    Edited,
    Submitted,
    Withdrawn,
    ReviewStarted,
    Returned,
    Rejected,
    Approved,
    ObjectionLodged,
    ObjectionDismissed,
    ObjectionUpheld,
    Activated,
    Ended,
    Revoked,
}

public enum ObjectionStatus
{
    Pending,
    Dismissed,
    Upheld,
}
