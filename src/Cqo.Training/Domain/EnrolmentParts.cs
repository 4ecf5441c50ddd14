using Cqo.Training.Contracts;

namespace Cqo.Training.Domain;

/// <summary>How a mark was taken: by the trainer in the grid, by the trainee's check-in code, or from a file.</summary>
internal enum AttendanceSource
{
    Grid,
    CheckIn,
    Import,
}

/// <summary>A trainee's mark for one session.</summary>
internal sealed class SessionAttendance
{
    public SessionAttendance(Guid sessionId, AttendanceMark mark, AttendanceSource source, DateTimeOffset at)
    {
        SessionId = sessionId;
        Set(mark, source, at);
    }

    private SessionAttendance() { }

    public Guid SessionId { get; private set; }

    public AttendanceMark Mark { get; private set; }

    public AttendanceSource Source { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Present and late count as attended.</summary>
    public bool Counts => Mark is AttendanceMark.Present or AttendanceMark.Late;

    public void Set(AttendanceMark mark, AttendanceSource source, DateTimeOffset at)
    {
        Mark = mark;
        Source = source;
        RecordedAt = at;
    }
}

/// <summary>One sitting of the exam; its result is the trainee's only once the provider publishes it.</summary>
internal sealed class ExamAttempt
{
    public ExamAttempt(int number, decimal score, DateTimeOffset at)
    {
        Number = number;
        Correct(score, at);
    }

    private ExamAttempt() { }

    public int Number { get; private set; }

    public decimal Score { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public void Correct(decimal score, DateTimeOffset at)
    {
        Score = score;
        RecordedAt = at;
    }

    public void Publish(DateTimeOffset at) => PublishedAt = at;

    public ExamAttemptDto ToDto(int passMark) => new(Number, Score, Score >= passMark, IsPublished, RecordedAt);
}
