using System.Text;
using System.Text.RegularExpressions;
using Cqo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Registry;

/// <summary>
/// Acceptance: the demo enterprise's administrator files the appointment of its demo officer through the
/// wizard (officer, appointment, declarations, letter, live check) and submits it; the district regulator
/// finds it in the review queue, starts the review and approves it; an anonymous visitor then sees the
/// appointment announced with the officer's name masked, and lodges an objection.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FilingJourneyTests(BrowserHost host)
{
    private const string DemoEnterprise = "上海示例精密制造有限公司";
    private const string Officer = "王建国";
    private const string MaskedOfficer = "王*国";
    private const string Certificate = "SHCQO-2025-310115-000009";

    [Fact]
    public Task Enterprise_files_an_appointment_the_district_approves_it_and_the_public_sees_it_announced() => host.RunAsync(async page =>
    {
        // 1. The enterprise administrator opens the wizard and picks the officer from the enterprise's people.
        await SignInAsync(page, "enterprise", DemoPassword);
        await page.GotoAsync("/registry/filings/new");
        await Expect(page.GetByTestId("wizard-enterprise")).ToContainTextAsync(DemoEnterprise);
        var officer = page.GetByTestId("officer-row").Filter(new LocatorFilterOptions { HasText = Officer });
        // The page is prerendered: a click does nothing until the circuit is up, so click until the row is selected.
        await ClickUntilAsync(officer, page.Locator("[data-testid='officer-row'][data-selected='true']"));
        await Expect(page.Locator("[data-testid='officer-row'][data-selected='true']")).ToContainTextAsync(Officer);
        await page.GetByTestId("wizard-next").ClickAsync();

        // 2. Appointment: appointed by the board (dates default to today and a three-year term), the certificate.
        var certificate = page.Locator("#filing-certificate");
        await Expect(certificate).ToBeVisibleAsync();
        await page.GetByTestId("appointed-by-Board").ClickAsync();
        await certificate.FillAsync(Certificate);
        await page.GetByTestId("wizard-next").ClickAsync();

        // 3. Every declaration the rule set requires; moving on saves the draft.
        var declarations = page.Locator("[data-testid^='declaration-'] input[type='checkbox']");
        await Expect(declarations.First).ToBeVisibleAsync();
        var count = await declarations.CountAsync();
        count.ShouldBeGreaterThan(0);
        for (var i = 0; i < count; i++)
        {
            await declarations.Nth(i).CheckAsync();
            await Expect(declarations.Nth(i)).ToBeCheckedAsync();
        }

        await page.GetByTestId("wizard-next").ClickAsync();

        // 4. The appointment letter: a small generated PDF (the handler reads its type from its first bytes).
        await Expect(page.GetByTestId("letter-none")).ToBeVisibleAsync();
        await page.Locator("[data-testid='letter-upload'] input[type='file']").SetInputFilesAsync(new FilePayload
        {
            Name = "聘任书.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
        });
        await Expect(page.GetByTestId("letter-current")).ToContainTextAsync("聘任书.pdf");
        await page.GetByTestId("wizard-next").ClickAsync();

        // 5. The live check passes, so Submit is enabled; submitting opens the filing.
        await Expect(page.GetByTestId("guard-ok")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("guard-failure")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("wizard-submit")).ToBeEnabledAsync();
        await page.GetByTestId("wizard-submit").ClickAsync();
        await Expect(page.GetByTestId("filing-status")).ToHaveAttributeAsync("data-status", "Submitted");
        await Expect(page.GetByTestId("filing-certificate")).ToHaveTextAsync(Certificate);
        await Expect(page.GetByTestId("filing-letter")).ToHaveTextAsync("聘任书.pdf");

        // 6. The Pudong district regulator finds it in the review queue, starts the review and approves it.
        var reviewer = await host.NewPageAsync();
        try
        {
            await SignInAsync(reviewer, "pudong", DemoPassword);
            await reviewer.GotoAsync("/registry/review");
            var row = reviewer.GetByTestId("filing-row").Filter(new LocatorFilterOptions { HasText = DemoEnterprise });
            await Expect(row).ToContainTextAsync(Officer);
            await Expect(row).ToContainTextAsync("已提交");
            var startReview = reviewer.GetByTestId("filing-action-start-review");
            await ClickUntilAsync(row.GetByTestId("filing-open"), startReview);

            await ClickUntilAsync(startReview, reviewer.Locator("[data-testid='filing-status'][data-status='UnderReview']"));
            await reviewer.GetByTestId("filing-action-decide").ClickAsync();
            await reviewer.GetByTestId("decision-Approve").ClickAsync();
            await reviewer.Locator("#decision-comment").FillAsync("材料齐全，同意备案。");
            await reviewer.GetByTestId("decision-confirm").ClickAsync();

            await Expect(reviewer.GetByTestId("filing-status")).ToHaveAttributeAsync("data-status", "Announcing");
            await Expect(reviewer.GetByTestId("filing-announcement")).ToBeVisibleAsync();
            var approved = reviewer.Locator("[data-testid='timeline-step'][data-action='Approved']");
            await Expect(approved).ToContainTextAsync("pudong");
            await Expect(approved).ToContainTextAsync("材料齐全，同意备案。");
        }
        catch
        {
            await SaveFailureAsync(reviewer, "FilingJourneyTests.reviewer");
            throw;
        }
        finally
        {
            await reviewer.Context.CloseAsync();
        }

        // 7. An anonymous visitor sees the announcement with the officer's name masked, and may object.
        var visitor = await host.NewPageAsync();
        try
        {
            await visitor.GotoAsync("/announcements");
            var announcement = visitor.GetByTestId("announcement").Filter(new LocatorFilterOptions { HasText = DemoEnterprise });
            await Expect(announcement).ToHaveCountAsync(1);
            await Expect(announcement.GetByTestId("announcement-officer")).ToHaveTextAsync(MaskedOfficer);
            await Expect(visitor.Locator("body")).Not.ToContainTextAsync(Officer);

            await announcement.GetByTestId("objection-toggle").ClickAsync();
            await announcement.GetByTestId("objection-text").FillAsync("公示期内提出的测试异议。");
            await announcement.GetByTestId("objection-submit").ClickAsync();
            var received = visitor.GetByTestId("announcement").Filter(new LocatorFilterOptions { HasText = DemoEnterprise }).GetByTestId("objection-received");
            await Expect(received).ToBeVisibleAsync();
            await Expect(received.GetByTestId("objection-number")).ToHaveTextAsync(new Regex("^[0-9a-f-]{36}$"));
        }
        catch
        {
            await SaveFailureAsync(visitor, "FilingJourneyTests.visitor");
            throw;
        }
        finally
        {
            await visitor.Context.CloseAsync();
        }
    });
}
