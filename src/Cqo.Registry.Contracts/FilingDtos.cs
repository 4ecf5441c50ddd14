namespace Cqo.Registry.Contracts;

/// <summary>A CQO appointment filing with its documents, objections and every recorded step.</summary>
public sealed record FilingDto(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string Uscc,
    string RegulatorUnitCode,
    Guid PersonId,
    string PersonName,
    string PersonIdNumberMasked,
    AppointingBody AppointedBy,
    DateOnly AppointmentDate,
    DateOnly? TermEnd,
    string? TrainingCertificateNumber,
    string? WaiverReason,
    IReadOnlyList<string> Declarations,
    FilingLetterDto? Letter,
    Guid? ReplacesFilingId,
    FilingStatus Status,
    DateTimeOffset? SubmittedAt,
    DateOnly? AnnouncementStart,
    DateOnly? AnnouncementEnd,
    DateOnly? ActivatedOn,
    DateOnly? EndedOn,
    FilingEndReason? EndReason,
    IReadOnlyList<FilingStepDto> History,
    IReadOnlyList<ObjectionDto> Objections,
    Guid ConcurrencyStamp);

/// <summary>The uploaded appointment letter (聘书/任命文件).</summary>
public sealed record FilingLetterDto(string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

/// <summary>One recorded step: who did what, when, from which status to which, and why.</summary>
public sealed record FilingStepDto(FilingAction Action, FilingStatus From, FilingStatus To, DateTimeOffset At, string ActorName, string? Comment);

/// <summary>An objection lodged during the announcement window and how the regulator handled it.</summary>
public sealed record ObjectionDto(
    Guid Id, DateTimeOffset LodgedAt, string? Name, string? Contact, string Text, ObjectionStatus Status, DateTimeOffset? HandledAt, string? HandlerComment);

/// <summary>A row of a filing list or review queue; <see cref="WaitingWorkingDays"/> is the SLA age of a filing awaiting review.</summary>
public sealed record FilingListItemDto(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string Uscc,
    string DistrictCode,
    string PersonName,
    FilingStatus Status,
    DateOnly AppointmentDate,
    DateTimeOffset? SubmittedAt,
    int? WaitingWorkingDays,
    DateOnly? AnnouncementEnd,
    Guid ConcurrencyStamp);

/// <summary>What submitting would say now: every guard that fails, one by one.</summary>
public sealed record FilingCheckDto(bool CanSubmit, IReadOnlyList<FilingGuardDto> Failures);

/// <summary>A failed guard: a stable code, the field it concerns, and a message in the caller's language.</summary>
public sealed record FilingGuardDto(string Code, string Field, string Message);

/// <summary>A public announcement (聘任公示): the officer's name masked, nothing personal.</summary>
public sealed record AnnouncementDto(
    Guid FilingId,
    string EnterpriseName,
    string Uscc,
    string DistrictCode,
    string OfficerName,
    AppointingBody AppointedBy,
    DateOnly AppointmentDate,
    DateOnly WindowStart,
    DateOnly WindowEnd);
