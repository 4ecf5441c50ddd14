using Cqo.Identity.Contracts;
using Cqo.SharedKernel.Domain;

namespace Cqo.Identity.Domain;

/// <summary>A permission held by a role, a user or an integration client (by their ids).</summary>
internal sealed class PermissionGrant : Entity
{
    public PermissionGrant(Guid id, string name, GrantSubjectKind subjectKind, Guid subjectId)
        : base(id)
    {
        Name = name;
        SubjectKind = subjectKind;
        SubjectId = subjectId;
    }

    public string Name { get; private set; }

    public GrantSubjectKind SubjectKind { get; private set; }

    public Guid SubjectId { get; private set; }
}
