using Cqo.Host.Components.Registry;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;
using Cqo.Training.Application.Enrolments;
using Cqo.Training.Contracts;

namespace Cqo.Host.Components.Training;

public partial class SponsoredStaffPage
{
    private readonly ListState _list = new("-createdAt");
    private PagedResult<EnrolmentDto>? _page;
    private string? _search;
    private EnrolmentStatus? _status;
    private Guid? _sponsorId;
    private EnrolmentDto? _confirming;
    private Guid? _personId;
    private bool _confirmOpen;

    protected override async Task OnInitializedAsync()
    {
        // An enterprise sees its own sponsored trainees; a city-wide sponsor (the municipal regulator) every enterprise's.
        var scope = await CallerScopeAsync();
        _sponsorId = scope.Kind == ScopeKind.Enterprise ? scope.OrganisationId : null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var filter = new EnrolmentFilter(Status: _status, Search: _search, SponsorId: _sponsorId);
        _page = await UseAsync<EnrolmentQueries, PagedResult<EnrolmentDto>>(q => q.ListAsync(filter, _list.Request, CancellationToken.None));
    }

    private Task FilterAsync()
    {
        _list.PageIndex = 0;
        return LoadAsync();
    }

    private Task OnSortAsync(string? sort)
    {
        _list.Sort = sort;
        return FilterAsync();
    }

    private void AskConfirm(EnrolmentDto enrolment)
    {
        (_confirming, _personId, _confirmOpen) = (enrolment, enrolment.PersonId, true);
    }

    private async Task ConfirmEnrolmentAsync()
    {
        var enrolment = _confirming!;
        var request = new EnrolmentStepRequest(enrolment.ConcurrencyStamp, PersonId: _personId);
        _confirmOpen = false;
        EnrolmentDto? confirmed = null;
        if (await ChangeAsync(async s => confirmed = await s.GetRequiredService<EnrolmentSteps>().ConfirmAsync(enrolment.Id, request, CancellationToken.None),
            null, LoadAsync))
        {
            Snackbar.Add(T("Staff.Confirmed", enrolment.TraineeName, EnrolmentStatusChip.NameOf(Texts, confirmed!.Status)), MudBlazor.Severity.Success);
            await LoadAsync();
        }
    }

    private async Task RejectAsync(EnrolmentDto enrolment)
    {
        var reason = await AskReasonAsync(T("Staff.Reject"), T("Staff.RejectMessage", enrolment.TraineeName, enrolment.CourseTitle), required: true, T("Staff.Reject"),
            label: T("Staff.RejectReason"), maxLength: TrainingLimits.CommentMaxLength);
        if (reason is null)
        {
            return;
        }

        await StepAsync(new EnrolmentStepRequest(enrolment.ConcurrencyStamp, reason),
            (steps, request) => steps.RejectAsync(enrolment.Id, request, CancellationToken.None), T("Staff.Rejected", enrolment.TraineeName));
    }

    private Task WithdrawAsync(EnrolmentDto enrolment) =>
        WithdrawEnrolmentAsync(enrolment, T("Staff.WithdrawMessage", enrolment.TraineeName, enrolment.CourseTitle), LoadAsync);

    private async Task StepAsync(EnrolmentStepRequest request, Func<EnrolmentSteps, EnrolmentStepRequest, Task> step, string done)
    {
        if (await ValidateAsync(request) && await ChangeAsync(s => step(s.GetRequiredService<EnrolmentSteps>(), request), done, LoadAsync))
        {
            await LoadAsync();
        }
    }
}
