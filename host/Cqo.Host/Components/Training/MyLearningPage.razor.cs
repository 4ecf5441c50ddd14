using System.Globalization;
using Cqo.Host.Components.Registry;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Time;
using Cqo.Training.Application.Attendance;
using Cqo.Training.Application.Courses;
using Cqo.Training.Application.Enrolments;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace Cqo.Host.Components.Training;

public partial class MyLearningPage
{
    private readonly ListState _list = new("-createdAt", pageSize: 10);
    private PagedResult<EnrolmentDto>? _page;
    private Dictionary<Guid, CheckInForm> _checkIns = [];

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    /// <summary>Check-in to one of today's sessions of a course the officer is seated on.</summary>
    private sealed class CheckInForm(Guid enrolmentId, IReadOnlyList<SessionDto> sessions, Guid sessionId)
    {
        public Guid EnrolmentId { get; } = enrolmentId;

        public IReadOnlyList<SessionDto> Sessions { get; } = sessions;

        public Guid SessionId { get; set; } = sessionId;

        public string? Code { get; set; }

        public string? Error { get; set; }

        public string? Done { get; set; }

        public bool Busy { get; set; }
    }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var filter = new EnrolmentFilter(Mine: true);
        _page = await UseAsync<EnrolmentQueries, PagedResult<EnrolmentDto>>(q => q.ListAsync(filter, _list.Request, CancellationToken.None));
        _checkIns = await CheckInFormsAsync(_page.Items);
    }

    /// <summary>Forms for the enrolments whose course has sessions today; a form already in use keeps what was typed and said.</summary>
    private async Task<Dictionary<Guid, CheckInForm>> CheckInFormsAsync(IReadOnlyList<EnrolmentDto> enrolments)
    {
        var today = Clock.Today();
        var now = TimeOnly.FromDateTime(Clock.GetUtcNow().ToShanghai().DateTime);
        var forms = new Dictionary<Guid, CheckInForm>();
        foreach (var enrolment in enrolments.Where(e => Enrolment.AttendableStatuses.Contains(e.Status) && e.CourseStartDate <= today && today <= e.CourseEndDate
                     && Course.AttendanceStatuses.Contains(e.CourseStatus)))
        {
            if (_checkIns.TryGetValue(enrolment.Id, out var existing))
            {
                forms[enrolment.Id] = existing;
                continue;
            }

            var course = await UseAsync<CourseQueries, CourseDto>(q => q.GetAsync(enrolment.CourseId, CancellationToken.None));
            var sessions = course.Sessions.Where(s => s.Date == today).OrderBy(s => s.StartTime).ToList();
            if (sessions.Count > 0)
            {
                // The session on now, or the next one, is the likely one; the last once all have ended.
                var likely = sessions.FirstOrDefault(s => now <= s.EndTime) ?? sessions[^1];
                forms[enrolment.Id] = new CheckInForm(enrolment.Id, sessions, likely.Id);
            }
        }

        return forms;
    }

    private static string SessionLabel(CheckInForm form, Guid sessionId) =>
        form.Sessions.FirstOrDefault(s => s.Id == sessionId) is { } session
            ? $"{session.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture)}–{session.EndTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {session.ModuleCode}"
            : "";

    private async Task CheckInAsync(CheckInForm form)
    {
        (form.Error, form.Done) = (null, null);
        var request = new CheckInRequest(form.Code?.Trim() ?? "");
        if (!await ValidateAsync(request))
        {
            form.Error = T("MyLearning.CodeFormat");
            return;
        }

        form.Busy = true;
        try
        {
            var status = await InScopeAsync(s => s.GetRequiredService<AttendanceBook>().CheckInAsync(form.SessionId, request, CancellationToken.None));
            form.Code = null;
            form.Done = T("MyLearning.CheckedIn", SessionLabel(form, form.SessionId), EnrolmentStatusChip.NameOf(Texts, status));
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same check-in saved from another tab meanwhile.
            form.Error = Localize(new ErrorMessage("Error:ConcurrencyDetail"));
            return;
        }
        catch (CqoException e)
        {
            // Shown next to the box as well as in the snackbar: the officer is looking at the code they typed.
            form.Error = e.Errors.Count > 0 ? string.Join(" ", e.Errors.Values.SelectMany(m => m).Select(Localize)) : Localize(e.Detail);
            Snackbar.Add(form.Error, Severity.Error);
            return;
        }
        finally
        {
            form.Busy = false;
        }

        await LoadAsync();
    }

    private Task WithdrawAsync(EnrolmentDto enrolment) => WithdrawEnrolmentAsync(enrolment, T("Enrol.WithdrawConfirm", enrolment.CourseTitle), LoadAsync);
}
