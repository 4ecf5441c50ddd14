using Cqo.Registry.Contracts;

namespace Cqo.Registry.Domain;

/// <summary>One recorded step of a filing, numbered from 1.</summary>
internal sealed class FilingStep(int sequence, FilingAction action, FilingStatus from, FilingStatus to, DateTimeOffset at, Guid? actorUserId, string actorName, string? comment)
{
    public int Sequence { get; private set; } = sequence;

    public FilingAction Action { get; private set; } = action;

    public FilingStatus From { get; private set; } = from;

    public FilingStatus To { get; private set; } = to;

    public DateTimeOffset At { get; private set; } = at;

    public Guid? ActorUserId { get; private set; } = actorUserId;

    public string ActorName { get; private set; } = actorName;

    public string? Comment { get; private set; } = comment;

    public FilingStepDto ToDto() => new(Action, From, To, At, ActorName, Comment);
}

/// <summary>The appointment letter: kept in the file store, described here.</summary>
internal sealed record FilingLetter(string FileKey, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt)
{
    public FilingLetterDto ToDto() => new(FileName, ContentType, Size, UploadedAt);
}

/// <summary>An objection lodged by anyone during the announcement window.</summary>
internal sealed class Objection
{
    public Objection(Guid id, string? name, string? contact, string text, DateTimeOffset lodgedAt)
    {
        Id = id;
        Name = name;
        Contact = contact;
        Text = text;
        LodgedAt = lodgedAt;
    }

    private Objection() { }

    public Guid Id { get; private set; }

    public DateTimeOffset LodgedAt { get; private set; }

    public string? Name { get; private set; }

    public string? Contact { get; private set; }

    public string Text { get; private set; } = "";

    public ObjectionStatus Status { get; private set; }

    public DateTimeOffset? HandledAt { get; private set; }

    public Guid? HandledBy { get; private set; }

    public string? HandlerComment { get; private set; }

    public void Handle(bool upheld, Actor actor, DateTimeOffset now, string comment)
    {
        Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed;
        HandledAt = now;
        HandledBy = actor.UserId;
        HandlerComment = comment;
    }

    public ObjectionDto ToDto() => new(Id, LodgedAt, Name, Contact, Text, Status, HandledAt, HandlerComment);
}
