using Cqo.Certification.Application;
using Cqo.Certification.Application.Credentials;
using Cqo.Certification.Application.Credits;
using Cqo.Certification.Application.Documents;
using Cqo.Certification.Application.Expiry;
using Cqo.Certification.Application.Issuing;
using Cqo.Certification.Application.LifeCycle;
using Cqo.Certification.Application.Queries;
using Cqo.Certification.Application.Reminders;
using Cqo.Certification.Application.Renewal;
using Cqo.Certification.Application.Verification;
using Cqo.Certification.Contracts;
using Cqo.Certification.Endpoints;
using Cqo.Certification.Infrastructure;
using Cqo.Certification.Jobs;
using Cqo.Platform.Localization;
using Cqo.Platform.Modules;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.Notifications.Contracts;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Events;
using Cqo.Training.Contracts;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Certification;

/// <summary>Certification: certificates issued on a pass, their life cycle and numbering, public verification.</summary>
public sealed class CertificationModule : ICqoModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CertificationDbContext>();
        services.AddOptions<CertificationOptions>().Bind(configuration.GetSection(CertificationOptions.Section))
            .Validate(o => o.ValidityYears is >= 0 and <= 50, "Certification:ValidityYears must be between 0 and 50.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.IssuerName), "Certification:IssuerName is required.")
            .Validate(o => o.RenewalHours >= 0 && o.RenewalDaysBefore >= 0 && o.RenewalDaysAfter >= 0,
                "Certification:RenewalHours, RenewalDaysBefore and RenewalDaysAfter cannot be negative.")
            .Validate(o => o.MaxEvidenceBytes > 0, "Certification:MaxEvidenceBytes must be positive.")
            .ValidateOnStart();

        services.AddScoped<PassHolders>();
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<IssueByHand>();
        services.AddScoped<CertificateQueries>();
        services.AddScoped<IFactFeed<CertificateFact>, CertificateFactFeed>();
        services.AddScoped<CertificateCsv>();
        services.AddScoped<CertificateSteps>();
        services.AddScoped<PublicVerification>();
        services.AddScoped<ExpireCertificates>();
        services.AddCredentials(configuration);
        services.AddScoped<CertificateCredentials>();
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.Section));
        services.AddSingleton<CertificatePdf>();
        services.AddSingleton<CertificateZip>();
        services.AddScoped<CertificateDocuments>();
        services.AddScoped<CreditLedger>();
        services.AddScoped<CreditEvidence>();
        services.AddScoped<IFactFeed<CreditFact>, CreditFactFeed>();
        services.AddScoped<RenewCertificate>();
        services.AddIntegrationEventHandler<CoursePassed, IssueOnPass>();
        services.AddIntegrationEventHandler<CoursePassed, CreditOnPass>();
        services.AddScoped<IReminderSource, CertificateExpiryReminders>();
        services.AddScoped<IReminderSource, CreditsBelowTargetReminders>();
        services.AddRecurringJob<ExpireCertificatesJob>(ExpireCertificatesJob.Id, ExpireCertificatesJob.Cron);

        services.AddValidatorsFromAssemblyContaining<CertificationModule>(includeInternalTypes: true);
        services.AddSingleton(new LocalizationResource(typeof(CertificationModule).Assembly));
        services.AddSingleton<IPermissionDefinitionProvider, CertificationPermissionDefinitions>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureCertification();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CertificationEndpoints.Map(endpoints);
}
