using System.Globalization;
using System.Text;
using Cqo.Platform.Csv;
using Cqo.SharedKernel.Errors;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;

namespace Cqo.Training.Application.Attendance;

/// <summary>
/// The attendance grid as a spreadsheet: exported, filled in offline (a sign-in sheet typed up after
/// the session), and imported back. The import takes the exported shape only, so a file made for
/// another course or before the sessions changed is refused as a whole rather than misread.
/// </summary>
internal sealed class AttendanceCsv(AttendanceBook book)
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly string[] s_fixedColumns = ["报名编号", "姓名", "证件号码"];

    /// <summary>The words a cell may hold for each mark: the Chinese the export writes, and the English names.</summary>
    private static readonly Dictionary<string, AttendanceMark> s_marks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["出勤"] = AttendanceMark.Present,
        ["迟到"] = AttendanceMark.Late,
        ["请假"] = AttendanceMark.Excused,
        ["缺勤"] = AttendanceMark.Absent,
        [nameof(AttendanceMark.Present)] = AttendanceMark.Present,
        [nameof(AttendanceMark.Late)] = AttendanceMark.Late,
        [nameof(AttendanceMark.Excused)] = AttendanceMark.Excused,
        [nameof(AttendanceMark.Absent)] = AttendanceMark.Absent,
    };

    public async Task<(byte[] Content, string FileName)> ExportAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var grid = await book.GetGridAsync(courseId, cancellationToken);
        var csv = new StringBuilder("\uFEFF"); // a byte-order mark, so Excel reads the Chinese as UTF-8
        csv.Append(CsvCell.Line(Header(grid)));
        foreach (var row in grid.Rows)
        {
            csv.Append(CsvCell.Line([
                row.EnrolmentId.ToString(), row.TraineeName, row.IdNumberMasked,
                .. grid.Sessions.Select(s => row.Marks.TryGetValue(s.Id, out var mark) ? Word(mark) : ""),
            ]));
        }

        return (Encoding.UTF8.GetBytes(csv.ToString()), $"attendance-{courseId:N}.csv");
    }

    /// <summary>Stores every mark of the file or, when a row or cell is wrong, none; blank cells change nothing.</summary>
    public async Task<AttendanceGridDto> ImportAsync(Guid courseId, Stream file, CancellationToken cancellationToken)
    {
        var grid = await book.GetGridAsync(courseId, cancellationToken);
        var header = Header(grid);
        var marks = new List<MarkInput>();
        var errors = new Dictionary<string, ErrorMessage[]>();
        using var reader = new CsvReader(file);
        try
        {
            foreach (var record in reader.ReadRecords())
            {
                if (record.Number == 1)
                {
                    if (!record.Cells.Select(c => c?.Trim() ?? "").SequenceEqual(header))
                    {
                        throw new FieldValidationException("file", new ErrorMessage("Training:AttendanceCsvHeader"));
                    }

                    continue;
                }

                if (record.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                Read(record, grid, header, marks, errors);
            }
        }
        catch (CsvEncodingException)
        {
            throw new FieldValidationException("file", new ErrorMessage("Training:AttendanceCsvEncoding"));
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        return await book.SaveMarksAsync(courseId, new SaveMarksRequest(marks), AttendanceSource.Import, cancellationToken);
    }

    private static void Read(CsvRecord record, AttendanceGridDto grid, string[] header, List<MarkInput> marks, Dictionary<string, ErrorMessage[]> errors)
    {
        var field = $"rows[{record.Number}]";
        if (record.Cells.Count != header.Length)
        {
            errors[field] = [new ErrorMessage("Training:AttendanceCsvCells", header.Length, record.Cells.Count)];
            return;
        }

        var row = Guid.TryParse(record.Cells[0], out var enrolmentId) ? grid.Rows.FirstOrDefault(r => r.EnrolmentId == enrolmentId) : null;
        if (row is null)
        {
            errors[field] = [new ErrorMessage("Training:NotSeatedOnCourse")];
            return;
        }

        var changed = marks.Count;
        var refused = new List<ErrorMessage>();
        for (var i = 0; i < grid.Sessions.Count; i++)
        {
            var cell = record.Cells[s_fixedColumns.Length + i]?.Trim();
            if (string.IsNullOrEmpty(cell))
            {
                continue;
            }

            if (s_marks.TryGetValue(cell, out var mark))
            {
                // A sheet exported and imported back changes only what was edited in it.
                if (!row.Marks.TryGetValue(grid.Sessions[i].Id, out var stored) || stored != mark)
                {
                    marks.Add(new MarkInput(enrolmentId, grid.Sessions[i].Id, mark));
                }
            }
            else
            {
                refused.Add(new ErrorMessage("Training:AttendanceCsvMark", header[s_fixedColumns.Length + i], cell));
            }
        }

        if (marks.Count > changed && !Enrolment.AttendableStatuses.Contains(row.Status))
        {
            refused.Add(new ErrorMessage("Training:AttendanceClosedFor", row.TraineeName, new ErrorMessage($"EnrolmentStatus:{row.Status}")));
        }

        if (refused.Count > 0)
        {
            errors[field] = [.. refused];
        }
    }

    private static string[] Header(AttendanceGridDto grid) =>
        [.. s_fixedColumns, .. grid.Sessions.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Date:yyyy-MM-dd} {s.StartTime:HH\\:mm}-{s.EndTime:HH\\:mm} {s.ModuleCode}"))];

    private static string Word(AttendanceMark mark) => s_marks.First(m => m.Value == mark).Key;
}
