using System.Security.Claims;
using Cqo.Platform.Security;

namespace Cqo.UnitTests.Identity;

public sealed class ScopeClaimsTests
{
    [Fact]
    public void A_client_acting_for_itself_is_never_taken_for_an_account_even_with_a_guid_shaped_id()
    {
        var id = Guid.NewGuid().ToString();
        var client = Principal((CqoClaimTypes.Subject, id), (CqoClaimTypes.ClientId, id));

        ScopeClaims.UserIdOf(client).ShouldBeNull();
        ScopeClaims.Read(client).UserId.ShouldBeNull();
    }

    [Fact]
    public void A_user_signed_in_through_a_client_is_the_account()
    {
        var id = Guid.NewGuid();
        var user = Principal((CqoClaimTypes.Subject, id.ToString()), (CqoClaimTypes.ClientId, "cqo-spa"));

        ScopeClaims.UserIdOf(user).ShouldBe(id);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
