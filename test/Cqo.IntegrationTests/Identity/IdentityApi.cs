using System.Net.Http.Json;
using System.Text.Json;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Infrastructure;

namespace Cqo.IntegrationTests.Identity;

/// <summary>Arranges identity data through the public API, as an administrator or a visitor would.</summary>
internal static class IdentityApi
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] s_weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>A valid, random USCC (the check character computed as GB 32100 defines it).</summary>
    public static string NewUscc()
    {
        var body = "913101" + string.Concat(Enumerable.Range(0, 11).Select(_ => Alphabet[Random.Shared.Next(10)]));
        var sum = body.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * s_weights[i]).Sum();
        return body + Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Registers an enterprise administrator (and their enterprise); returns the pending user's id.</summary>
    public static async Task<Guid> RegisterAsync(CqoApp app, string userName, string uscc, string password = "Passw0rd-long", string districtCode = "310115")
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/identity/registrations", new
        {
            userName,
            displayName = $"经办人 {userName}",
            email = $"{userName}@example.cn",
            password,
            enterpriseName = $"企业 {uscc}",
            uscc,
            districtCode,
        }, Json.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetGuid();
    }

    public static HttpClient Admin(CqoApp app) => app.CreateClientAs(Guid.NewGuid(),
        IdentityPermissions.Users, IdentityPermissions.UsersManage, IdentityPermissions.Clients, IdentityPermissions.ClientsManage,
        IdentityPermissions.Organisations, IdentityPermissions.Registrations, IdentityPermissions.Roles, IdentityPermissions.RolesManage,
        IdentityPermissions.SecurityLog);

    public static async Task<UserDto> GetUserAsync(CqoApp app, Guid id) =>
        (await Admin(app).GetFromJsonAsync<UserDto>($"/api/identity/users/{id}", Json.Options))!;
}
