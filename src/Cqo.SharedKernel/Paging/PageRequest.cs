using Cqo.SharedKernel.Errors;

namespace Cqo.SharedKernel.Paging;

/// <summary>
/// <c>skip</c>, <c>take</c> (default 20, at most 1000) and <c>sort</c> as a comma-separated list of
/// whitelisted keys, each optionally prefixed with <c>-</c> for descending (<c>sort=-createdAt,name</c>).
/// </summary>
public sealed record PageRequest
{
    public const int DefaultTake = 20;
    public const int MaxTake = 1000;

    public PageRequest(int? skip = null, int? take = null, string? sort = null)
    {
        var errors = new Dictionary<string, ErrorMessage[]>();
        if (skip < 0)
        {
            errors["skip"] = [new ErrorMessage("Paging:SkipMinimum")];
        }

        if (take is < 1 or > MaxTake)
        {
            errors["take"] = [new ErrorMessage("Paging:TakeRange", MaxTake)];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        Skip = skip ?? 0;
        Take = take ?? DefaultTake;
        Sort = string.IsNullOrWhiteSpace(sort) ? null : sort.Trim();
    }

    public int Skip { get; }

    public int Take { get; }

    public string? Sort { get; }
}
