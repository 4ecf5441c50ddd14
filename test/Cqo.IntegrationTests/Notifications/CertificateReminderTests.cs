using System.Globalization;
using System.Net;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Notifications.Contracts;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Notifications;

/// <summary>DOMAIN.md §5: a certificate's holder hears of its expiry 90, 30 and 7 days before and on the day, each once.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class CertificateReminderTests(CqoApp app)
{
    private readonly NotificationsApi _api = new(app);

    [Fact]
    public async Task A_certificate_walked_to_its_last_day_reminds_its_holder_once_at_each_offset_by_mail_and_inbox()
    {
        var officer = await _api.AccountAsync(StandardRoles.Officer, ScopeKind.Individual);
        var certificate = await _api.Certification.IssuedByHandAsync(issuedOn: _api.Today.AddYears(-3).AddDays(100));
        await _api.LinkHolderAsync(certificate.Id, officer.Id);
        var lastDay = certificate.ValidUntil!.Value;

        // Every morning to the last day, two runs at once (two hosts, or a retry) and two dispatchers.
        for (var day = _api.Today; day <= lastDay.AddDays(2); day = day.AddDays(1))
        {
            _api.MorningOf(day);
            await _api.RunAsync("certificate-expiry");
            await _api.DispatchAsync();
        }

        var reminders = await _api.RemindersAsync("certificate-expiry", certificate.Id.ToString());
        reminders.Select(r => r.Occurrence).ShouldBe([$"90@{lastDay:yyyy-MM-dd}", $"30@{lastDay:yyyy-MM-dd}", $"7@{lastDay:yyyy-MM-dd}", $"0@{lastDay:yyyy-MM-dd}"]);
        reminders.Select(r => r.DueOn).ShouldBe([lastDay.AddDays(-90), lastDay.AddDays(-30), lastDay.AddDays(-7), lastDay]);
        reminders.ShouldAllBe(r => r.CreatedAt.ToShanghaiDate() == r.DueOn, "each went out on its day");

        var deliveries = await _api.DeliveriesAsync(q => q.Where(d => d.RecipientUserId == officer.Id));
        deliveries.Count(d => d.Channel == NotificationChannel.Inbox).ShouldBe(4);
        deliveries.Where(d => d.Channel == NotificationChannel.Email).Select(d => d.Status).ShouldBe(
            [DeliveryStatus.Sent, DeliveryStatus.Sent, DeliveryStatus.Sent, DeliveryStatus.Sent], string.Join("; ", deliveries.Select(d => d.LastError)));

        var mails = app.Mail.To(officer.Email!);
        mails.Count.ShouldBe(4);
        mails.Select(m => m.MessageId).Distinct().Count().ShouldBe(4);
        mails.ShouldAllBe(m => m.Subject!.Contains(certificate.Number));
        mails.ShouldAllBe(m => m.Headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click" && m.Headers["List-Unsubscribe"]!.Contains("/api/public/notifications/unsubscribe?token="));
        mails[^1].TextBody!.ShouldContain("还剩 0 天");
        mails[0].TextBody!.ShouldContain($"{lastDay.Year}年{lastDay.Month}月{lastDay.Day}日");
    }

    [Fact]
    public async Task An_English_speaking_holder_gets_the_English_words_and_dates()
    {
        var officer = await _api.AccountAsync(StandardRoles.Officer, ScopeKind.Individual, culture: "en");
        var certificate = await _api.Certification.IssuedByHandAsync(issuedOn: _api.Today.AddYears(-3).AddDays(8));
        await _api.LinkHolderAsync(certificate.Id, officer.Id);
        var lastDay = certificate.ValidUntil!.Value;

        _api.MorningOf(lastDay.AddDays(-7));
        await _api.RunAsync("certificate-expiry");
        await _api.DispatchAsync();

        var mail = app.Mail.To(officer.Email!).ShouldHaveSingleItem();
        mail.Subject.ShouldBe($"Your CQO certificate {certificate.Number} expires on {lastDay.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en"))}");
        mail.TextBody!.ShouldContain("7 days left");
        mail.TextBody!.ShouldContain("Stop these reminders: http://localhost/unsubscribe?token=");
    }

    [Fact]
    public async Task Switching_the_interface_to_English_makes_it_the_accounts_language_for_reminders()
    {
        var officer = await _api.AccountAsync(StandardRoles.Officer, ScopeKind.Individual);
        var browser = new BrowserSession(app);
        (await browser.SignInAsync(officer.UserName, "Passw0rd-long-enough")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.Client.GetAsync("/culture/set?culture=en&redirectUri=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var scope = app.Services.CreateAsyncScope();
        var contact = (await scope.ServiceProvider.GetRequiredService<IUserDirectory>().FindAsync([officer.Id], CancellationToken.None)).ShouldHaveSingleItem();
        contact.Culture.ShouldBe("en");
    }
}
