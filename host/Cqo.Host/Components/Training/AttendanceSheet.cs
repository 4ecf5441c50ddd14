using System.Text.RegularExpressions;
using Cqo.Training.Application.Attendance;
using Cqo.Training.Contracts;

namespace Cqo.Host.Components.Training;

/// <summary>
/// The attendance grid as last loaded, with the trainer's unsaved marks on top: what a save sends
/// (only the changed cells) and which cell each of its errors belongs to.
/// </summary>
public sealed partial class AttendanceSheet
{
    private readonly Dictionary<(Guid EnrolmentId, Guid SessionId), AttendanceMark> _changes = [];
    private List<MarkInput> _sent = [];

    internal AttendanceSheet(AttendanceGridDto grid) => Grid = grid;

    public AttendanceGridDto Grid { get; private set; }

    public int ChangeCount => _changes.Count;

    /// <summary>Marks are taken for seated trainees until their exam is recorded (the service refuses the rest).</summary>
    public static bool IsAttendable(EnrolmentStatus status) => status is EnrolmentStatus.Admitted or EnrolmentStatus.Attending
        or EnrolmentStatus.NoShow or EnrolmentStatus.EligibleForExam or EnrolmentStatus.Incomplete;

    public static AttendanceMark? Stored(AttendanceRowDto row, SessionDto session) => row.Marks.TryGetValue(session.Id, out var mark) ? mark : null;

    public AttendanceMark? MarkOf(AttendanceRowDto row, SessionDto session) =>
        _changes.TryGetValue((row.EnrolmentId, session.Id), out var mark) ? mark : Stored(row, session);

    public bool IsChanged(AttendanceRowDto row, SessionDto session) => _changes.ContainsKey((row.EnrolmentId, session.Id));

    /// <summary>A mark equal to the stored one, or blank, is no change (a stored mark cannot be erased, only corrected).</summary>
    public void Set(AttendanceRowDto row, SessionDto session, AttendanceMark? mark)
    {
        var key = (row.EnrolmentId, session.Id);
        if (mark is null || mark == Stored(row, session))
        {
            _changes.Remove(key);
        }
        else
        {
            _changes[key] = mark.Value;
        }
    }

    public void MarkAllPresent(SessionDto session)
    {
        foreach (var row in Grid.Rows.Where(r => IsAttendable(r.Status)))
        {
            Set(row, session, AttendanceMark.Present);
        }
    }

    public void DiscardChanges() => _changes.Clear();

    /// <summary>The changed cells, in grid order; remembered so that errors naming <c>marks[i]</c> find their cell.</summary>
    internal SaveMarksRequest Request()
    {
        _sent = [.. Grid.Rows.SelectMany(row => Grid.Sessions
            .Where(session => _changes.ContainsKey((row.EnrolmentId, session.Id)))
            .Select(session => new MarkInput(row.EnrolmentId, session.Id, _changes[(row.EnrolmentId, session.Id)])))];
        return new SaveMarksRequest(_sent);
    }

    /// <summary>Takes a fresh grid; unsaved marks stay unless they now match what is stored or their row or session is gone.</summary>
    public void Load(AttendanceGridDto grid)
    {
        Grid = grid;
        var rows = grid.Rows.ToDictionary(r => r.EnrolmentId);
        var sessions = grid.Sessions.ToDictionary(s => s.Id);
        foreach (var (key, mark) in _changes.ToList())
        {
            if (!rows.TryGetValue(key.EnrolmentId, out var row) || !sessions.TryGetValue(key.SessionId, out var session)
                || !IsAttendable(row.Status) || Stored(row, session) == mark)
            {
                _changes.Remove(key);
            }
        }
    }

    /// <summary>The cell a field error such as <c>marks[3].enrolmentId</c> names in the last request; null for errors about the whole list.</summary>
    public (Guid EnrolmentId, Guid SessionId)? CellOf(string field)
    {
        var match = MarkIndex().Match(field);
        return match.Success && int.TryParse(match.Groups[1].Value, out var index) && index < _sent.Count
            ? (_sent[index].EnrolmentId, _sent[index].SessionId)
            : null;
    }

    [GeneratedRegex(@"^marks\[(\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex MarkIndex();
}
