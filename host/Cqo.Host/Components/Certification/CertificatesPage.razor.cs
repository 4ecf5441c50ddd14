using Cqo.Certification.Application.LifeCycle;
using Cqo.Certification.Application.Queries;
using Cqo.Certification.Contracts;
using Cqo.Certification.Endpoints;
using Cqo.Host.Components.Registry;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.WebUtilities;
using MudBlazor;

namespace Cqo.Host.Components.Certification;

public partial class CertificatesPage
{
    private readonly ListState _list = new("-issuedOn");
    private PagedResult<CertificateDto>? _page;
    private ReferenceNames _reference = ReferenceNames.Empty;
    private ScopeKind _kind;
    private string? _search;
    private CertificateStatus? _status;
    private string? _district;
    private DateTime? _from;
    private DateTime? _to;
    private bool _canSuspend;
    private bool _canIssue;
    private CertificateDetailDto? _detail;
    private bool _detailOpen;

    /// <summary>A district regulator and an enterprise see one district's certificates anyway; the others may pick one.</summary>
    private bool ShowDistrict => _kind is not (ScopeKind.DistrictRegulator or ScopeKind.Enterprise or ScopeKind.Individual);

    protected override async Task OnInitializedAsync()
    {
        _kind = (await CallerScopeAsync()).Kind;
        var granted = await GrantedAsync(CertificationPermissions.CertificatesSuspend, CertificationPermissions.CertificatesIssue);
        (_canSuspend, _canIssue) = (granted.Contains(CertificationPermissions.CertificatesSuspend), granted.Contains(CertificationPermissions.CertificatesIssue));
        _reference = await InScopeAsync(s => ReferenceNames.LoadAsync(s));
        await LoadAsync();
    }

    private static string VerifyLink(string number) => $"/verify/{Uri.EscapeDataString(number)}";

    /// <summary>The CSV export of the list as filtered now: the same query parameters as the list's API.</summary>
    private string CsvLink
    {
        get
        {
            var filter = Filter();
            var query = new Dictionary<string, string?>
            {
                ["status"] = filter.Status?.ToString(),
                ["search"] = filter.Search,
                ["districtCode"] = filter.DistrictCode,
                ["issuedFrom"] = filter.IssuedFrom is { } from ? UiFormat.Date(from) : null,
                ["issuedTo"] = filter.IssuedTo is { } to ? UiFormat.Date(to) : null,
            };
            return QueryHelpers.AddQueryString(
                CertificationDownloads.CsvPath(CertificationUiEndpoints.Prefix), query.Where(p => p.Value is not null));
        }
    }

    private CertificateFilter Filter() => new(
        Status: _status,
        Search: string.IsNullOrWhiteSpace(_search) ? null : _search.Trim(),
        DistrictCode: _district,
        IssuedFrom: _from is { } from ? DateOnly.FromDateTime(from) : null,
        IssuedTo: _to is { } to ? DateOnly.FromDateTime(to) : null);

    private async Task LoadAsync()
    {
        var filter = Filter();
        _page = await UseAsync<CertificateQueries, PagedResult<CertificateDto>>(q => q.ListAsync(filter, _list.Request, CancellationToken.None));
    }

    private Task FilterAsync()
    {
        _list.PageIndex = 0;
        return LoadAsync();
    }

    private Task OnStatusAsync(CertificateStatus? status)
    {
        _status = status;
        return FilterAsync();
    }

    private Task OnDistrictAsync(string? district)
    {
        _district = district;
        return FilterAsync();
    }

    private Task OnFromAsync(DateTime? from)
    {
        _from = from;
        return FilterAsync();
    }

    private Task OnToAsync(DateTime? to)
    {
        _to = to;
        return FilterAsync();
    }

    private Task OnSortAsync(string? sort)
    {
        _list.Sort = sort;
        return FilterAsync();
    }

    private async Task OpenAsync(Guid id)
    {
        if (await ReadAsync(id) is { } detail)
        {
            (_detail, _detailOpen) = (detail, true);
        }
    }

    /// <summary>The certificate as it is now; null (with the message shown) when it is gone from the caller's scope.</summary>
    private async Task<CertificateDetailDto?> ReadAsync(Guid id)
    {
        CertificateDetailDto? detail = null;
        await TryAsync(async s => detail = await s.GetRequiredService<CertificateQueries>().GetAsync(id, CancellationToken.None));
        return detail;
    }

    /// <summary>After a change, or a conflict: the list, and the open certificate as it is now.</summary>
    private async Task RefreshAsync(Guid? show = null)
    {
        await LoadAsync();
        if (_detailOpen && (show ?? _detail?.Certificate.Id) is { } id)
        {
            _detail = await ReadAsync(id);
            _detailOpen = _detail is not null;
        }
    }

    /// <summary>
    /// Asks for the reason (and for a revocation the evidence) in a dialog that names the certificate, checks the
    /// permission again, and takes the step on the stamp last read; a conflict reloads what is there now.
    /// </summary>
    private async Task TakeAsync(CertificateDto certificate, CertificateStep step)
    {
        var permission = step is CertificateStep.Suspend or CertificateStep.Reinstate
            ? CertificationPermissions.CertificatesSuspend
            : CertificationPermissions.CertificatesIssue;
        var answer = await AskAsync(certificate, step);
        if (answer is null)
        {
            return;
        }

        if (!await IsGrantedAsync(permission))
        {
            Snackbar.Add(Texts["Error:forbidden"], Severity.Error);
            return;
        }

        var request = new CertificateStepRequest(certificate.ConcurrencyStamp, answer.Reason, answer.Evidence);
        if (!await ValidateAsync(request))
        {
            return;
        }

        CertificateDetailDto? result = null;
        var done = await ChangeAsync(
            async s =>
            {
                var steps = s.GetRequiredService<CertificateSteps>();
                result = step switch
                {
                    CertificateStep.Suspend => await steps.SuspendAsync(certificate.Id, request, CancellationToken.None),
                    CertificateStep.Reinstate => await steps.ReinstateAsync(certificate.Id, request, CancellationToken.None),
                    CertificateStep.Revoke => await steps.RevokeAsync(certificate.Id, request, CancellationToken.None),
                    _ => await steps.ReissueAsync(certificate.Id, request, CancellationToken.None),
                };
            },
            null,
            () => RefreshAsync());
        if (!done || result is null)
        {
            return;
        }

        var message = step == CertificateStep.Reissue
            ? T("Step.Reissued", certificate.Number, result.Certificate.Number)
            : T("Step.Done", certificate.Number, Texts.Of(result.Certificate.Status));
        Snackbar.Add(message, Severity.Success);
        // A re-issue shows the new certificate, which names the one it replaces.
        await RefreshAsync(step == CertificateStep.Reissue ? result.Certificate.Id : null);
    }

    /// <summary>
    /// The municipal regulator issues a certificate by hand in a dialog (which checks the permission again and shows what
    /// the server refuses next to its field); the new certificate is then announced, listed and shown.
    /// </summary>
    private async Task IssueAsync()
    {
        var parameters = new DialogParameters<IssueCertificateDialog> { { d => d.Reference, _reference } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<IssueCertificateDialog>(T("Issue.Title"), parameters, options);
        if (await dialog.Result is not { Canceled: false, Data: CertificateDetailDto issued })
        {
            return;
        }

        Snackbar.Add(T("Issue.Done", issued.Certificate.HolderName, issued.Certificate.Number), Severity.Success);
        await LoadAsync();
        await OpenAsync(issued.Certificate.Id);
    }

    private async Task<CertificateStepDialog.Answer?> AskAsync(CertificateDto certificate, CertificateStep step)
    {
        var (title, message, label, color) = step switch
        {
            CertificateStep.Suspend => (T("Step.Suspend"), T("Step.SuspendMessage", certificate.Number, certificate.HolderName), T("Step.SuspendReason"), Color.Warning),
            CertificateStep.Reinstate => (T("Step.Reinstate"), T("Step.ReinstateMessage", certificate.Number, certificate.HolderName), T("Step.ReinstateReason"), Color.Success),
            CertificateStep.Revoke => (T("Step.Revoke"), T("Step.RevokeMessage", certificate.Number, certificate.HolderName), T("Step.RevokeReason"), Color.Error),
            _ => (T("Step.Reissue"), T("Step.ReissueMessage", certificate.Number, certificate.HolderName), T("Step.ReissueReason"), Color.Primary),
        };
        var parameters = new DialogParameters<CertificateStepDialog>
        {
            { d => d.Message, message },
            { d => d.ReasonLabel, label },
            { d => d.WithEvidence, step == CertificateStep.Revoke },
            { d => d.ConfirmText, title },
            { d => d.Color, color },
        };
        var dialog = await Dialogs.ShowAsync<CertificateStepDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: CertificateStepDialog.Answer answer } ? answer : null;
    }
}
