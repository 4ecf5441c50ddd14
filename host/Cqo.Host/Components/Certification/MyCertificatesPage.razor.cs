using Cqo.Certification.Application.Queries;
using Cqo.Certification.Contracts;
using Cqo.Host.Components.Registry;
using Cqo.SharedKernel.Paging;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Cqo.Host.Components.Certification;

public partial class MyCertificatesPage
{
    private readonly ListState _list = new("-issuedOn", pageSize: 10);
    private PagedResult<CertificateDto>? _page;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var filter = new CertificateFilter(Mine: true);
        _page = await UseAsync<CertificateQueries, PagedResult<CertificateDto>>(q => q.ListAsync(filter, _list.Request, CancellationToken.None));
    }

    /// <summary>The public verification page of a number, as an absolute address anyone can open (or scan).</summary>
    private string ShareLink(string number) => Navigation.ToAbsoluteUri($"/verify/{Uri.EscapeDataString(number)}").AbsoluteUri;

    private async Task CopyAsync(string link)
    {
        try
        {
            await Js.InvokeVoidAsync("navigator.clipboard.writeText", link);
            Snackbar.Add(T("Mine.Copied"), Severity.Success);
        }
        catch (JSException)
        {
            // No clipboard (an insecure origin, or the browser said no): the link is on the page to copy by hand.
            Snackbar.Add(T("Mine.CopyFailed"), Severity.Warning);
        }
    }
}
