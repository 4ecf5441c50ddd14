using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure.Accounts;
using Cqo.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation.AspNetCore;

namespace Cqo.Identity.Infrastructure.Auth;

internal static class AuthenticationSetup
{
    /// <summary>
    /// The scheme every request authenticates with: bearer tokens for <c>/api</c> (cookies are never
    /// accepted there, so the API cannot be driven by cross-site forms), the sign-in cookie elsewhere.
    /// </summary>
    public const string DefaultScheme = "cqo";

    public const string LoginPath = "/account/login";

    public static void AddCqoAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = DefaultScheme;
                o.DefaultChallengeScheme = DefaultScheme;
            })
            .AddPolicyScheme(DefaultScheme, null, o => o.ForwardDefaultSelector = context =>
                IsApi(context.Request) ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme : IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies =>
            {
                cookies.ApplicationCookie?.Configure(o =>
                {
                    o.Cookie.Name = "cqo.auth";
                    o.Cookie.HttpOnly = true;
                    o.Cookie.SameSite = SameSiteMode.Lax;
                    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                    o.LoginPath = LoginPath;
                    o.LogoutPath = "/account/logout";
                    o.AccessDeniedPath = "/account/denied";
                    o.SlidingExpiration = true;
                    o.ExpireTimeSpan = TimeSpan.FromHours(8);
                    o.Events.OnRedirectToLogin = c => AnswerWithoutRedirect(c, StatusCodes.Status401Unauthorized);
                    o.Events.OnRedirectToAccessDenied = c => AnswerWithoutRedirect(c, StatusCodes.Status403Forbidden);
                });
                cookies.TwoFactorUserIdCookie?.Configure(o => o.Cookie.Name = "cqo.2fa");
            });

        services.AddIdentityCore<UserAccount>(o =>
            {
                o.ClaimsIdentity.UserIdClaimType = CqoClaimTypes.Subject;
                o.ClaimsIdentity.UserNameClaimType = CqoClaimTypes.Name;
                o.ClaimsIdentity.RoleClaimType = CqoClaimTypes.Role;
                o.Password.RequiredLength = IdentityLimits.PasswordMinLength;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = IdentityLimits.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<IdentityStoreDbContext>()
            .AddSignInManager<CqoSignInManager>()
            .AddClaimsPrincipalFactory<CqoClaimsFactory>()
            .AddDefaultTokenProviders();
        // A locked, reset or re-scoped account's sign-in cookie stops working within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    // API and job-dashboard calls answer with a status; pages are sent to the sign-in page.
    private static Task AnswerWithoutRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request) || context.Request.Path.StartsWithSegments("/jobs"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
