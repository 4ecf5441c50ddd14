using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;

namespace Cqo.Identity.Domain;

internal sealed class Role : IdentityRole<Guid>, IAudited
{
    public Role(Guid id, string name)
        : base(name) => Id = id;

    private Role() { }

    /// <summary>One of <see cref="StandardRoles"/>: it cannot be renamed or deleted.</summary>
    public bool IsStandard => StandardRoles.All.Contains(Name);

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset? ModifiedAt { get; set; }

    public Guid? ModifiedBy { get; set; }
}
