using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Infrastructure;

/// <summary>
/// The same tables for ASP.NET Core Identity's and OpenIddict's stores, which must see every account
/// (a user name is unique across scopes; sign-in happens before there is a caller). Use cases never
/// read through it: they check visibility through <see cref="IdentityDbContext"/> first.
/// </summary>
internal sealed class IdentityStoreDbContext(DbContextOptions<IdentityStoreDbContext> options) : IdentityTables(options)
{
    protected override DataScope CurrentScope => DataScope.System;
}
