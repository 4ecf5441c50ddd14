namespace Cqo.SharedKernel.Security;

/// <summary>Answers whether the current user holds a permission, by its stable name.</summary>
public interface IPermissionChecker
{
    ValueTask<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default);
}
