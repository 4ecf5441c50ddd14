using System.Text.RegularExpressions;
using Cqo.Training.Application.Exams;
using Cqo.Training.Contracts;

namespace Cqo.Host.Components.Training;

/// <summary>
/// A course's score sheet as last loaded, with the scores typed in since: what a save sends (only
/// changed scores) and whose row each of its errors belongs to.
/// </summary>
public sealed partial class ScoreSheet
{
    private readonly Dictionary<Guid, decimal?> _entered = [];
    private List<ScoreInput> _sent = [];

    internal ScoreSheet(CourseDto course, AttendanceGridDto grid) => (Course, Grid) = (course, grid);

    public CourseDto Course { get; private set; }

    public AttendanceGridDto Grid { get; private set; }

    public int ChangeCount => Grid.Rows.Count(IsChanged);

    /// <summary>How many results publishing would announce: every attempt not yet published.</summary>
    public int PendingCount => Grid.Rows.Count(r => PendingScore(r) is not null);

    /// <summary>Whether a score may be recorded: a pending one corrected, or a first sitting or retake within the attempt limit.</summary>
    public static bool Sits(AttendanceRowDto row, CourseDto course) =>
        PendingScore(row) is not null
        || (row.Status is EnrolmentStatus.EligibleForExam or EnrolmentStatus.Failed && row.Attempts.Count < course.MaxAttempts);

    public static decimal? PendingScore(AttendanceRowDto row) => row.Attempts.FirstOrDefault(a => !a.Published)?.Score;

    /// <summary>The score typed in, else the pending one on record.</summary>
    public decimal? ValueOf(AttendanceRowDto row) => _entered.TryGetValue(row.EnrolmentId, out var score) ? score : PendingScore(row);

    public void Enter(AttendanceRowDto row, decimal? score) => _entered[row.EnrolmentId] = score;

    /// <summary>A score differing from the pending one; a blank is no change (a recorded score can be corrected, not erased).</summary>
    public bool IsChanged(AttendanceRowDto row) =>
        _entered.TryGetValue(row.EnrolmentId, out var score) && score is not null && score != PendingScore(row) && Sits(row, Course);

    public void DiscardChanges() => _entered.Clear();

    /// <summary>The changed scores in sheet order; remembered so that errors naming <c>scores[i]</c> find their row.</summary>
    internal RecordScoresRequest Request()
    {
        _sent = [.. Grid.Rows.Where(IsChanged).Select(r => new ScoreInput(r.EnrolmentId, _entered[r.EnrolmentId]))];
        return new RecordScoresRequest(_sent);
    }

    /// <summary>Takes what is stored now; scores typed in stay until saved or discarded.</summary>
    public void Load(CourseDto course, AttendanceGridDto grid) => (Course, Grid) = (course, grid);

    /// <summary>The trainee a field error such as <c>scores[2].score</c> names in the last request; null for errors about the whole list.</summary>
    public AttendanceRowDto? RowOf(string field)
    {
        var match = ScoreIndex().Match(field);
        return match.Success && int.TryParse(match.Groups[1].Value, out var index) && index < _sent.Count
            ? Grid.Rows.FirstOrDefault(r => r.EnrolmentId == _sent[index].EnrolmentId)
            : null;
    }

    [GeneratedRegex(@"^scores\[(\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreIndex();
}
