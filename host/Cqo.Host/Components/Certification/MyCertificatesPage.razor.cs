using Cqo.Certification.Application;
using Cqo.Certification.Application.Credentials;
using Cqo.Certification.Application.Queries;
using Cqo.Certification.Application.Renewal;
using Cqo.Certification.Contracts;
using Cqo.Host.Components.Registry;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MudBlazor;

namespace Cqo.Host.Components.Certification;

public partial class MyCertificatesPage
{
    /// <summary>Where anyone fetches the keys that check a downloaded credential offline.</summary>
    private const string JwksPath = "/api/public/credentials/jwks.json";

    private readonly ListState _list = new("-issuedOn", pageSize: 10);
    private PagedResult<CertificateDto>? _page;
    private Dictionary<Guid, RenewalProgressDto> _progress = [];
    private bool _canRenew;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IOptions<CertificationOptions> Options { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _canRenew = await IsGrantedAsync(CertificationPermissions.CertificatesRenew);
        await LoadAsync();
    }

    /// <summary>Only a certificate with an end, valid or expired, is renewed: the others show no progress.</summary>
    private static bool Renewable(CertificateDto certificate) =>
        certificate is { ValidUntil: not null, Status: CertificateStatus.Valid or CertificateStatus.Expired };

    private async Task LoadAsync()
    {
        var filter = new CertificateFilter(Mine: true);
        var page = await UseAsync<CertificateQueries, PagedResult<CertificateDto>>(q => q.ListAsync(filter, _list.Request, CancellationToken.None));
        _progress = await UseAsync<RenewCertificate, Dictionary<Guid, RenewalProgressDto>>(async renewal =>
        {
            var progress = new Dictionary<Guid, RenewalProgressDto>();
            foreach (var certificate in page.Items.Where(Renewable))
            {
                progress[certificate.Id] = await renewal.ProgressAsync(certificate.Id, CancellationToken.None);
            }

            return progress;
        });
        _page = page;
    }

    /// <summary>The public verification page of a number, as an absolute address anyone can open (or scan).</summary>
    private string ShareLink(string number) => CredentialUrls.Verify(Options.Value.BaseUrlOr(Navigation.BaseUri), number);

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

    /// <summary>
    /// Renews after a confirmation naming the number, on the stamp last read: the new certificate (numbered this year) runs on
    /// from the old last day. A conflict, or hours that no longer suffice, reloads what is there now.
    /// </summary>
    private async Task RenewAsync(CertificateDto certificate)
    {
        if (!await ConfirmAsync(T("Renewal.Confirm", certificate.Number)))
        {
            return;
        }

        if (!await IsGrantedAsync(CertificationPermissions.CertificatesRenew))
        {
            Snackbar.Add(Texts["Error:forbidden"], Severity.Error);
            return;
        }

        CertificateDetailDto? renewed = null;
        var done = await ChangeAsync(
            async s => renewed = await s.GetRequiredService<RenewCertificate>().RenewAsync(certificate.Id, certificate.ConcurrencyStamp, CancellationToken.None),
            null,
            LoadAsync);
        if (done && renewed is not null)
        {
            Snackbar.Add(T("Renewal.Done", certificate.Number, renewed.Certificate.Number), Severity.Success);
            await LoadAsync();
        }
        else if (LastErrorKind == ErrorKind.BusinessRule)
        {
            // The hours or the window changed since the page was read: show the blocker as it is now.
            await LoadAsync();
        }
    }
}
