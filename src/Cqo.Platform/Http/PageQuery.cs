using Cqo.SharedKernel.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Cqo.Platform.Http;

/// <summary>The paging query string of a list endpoint, bound with <c>[AsParameters]</c>.</summary>
public readonly record struct PageQuery(
    [FromQuery(Name = "skip")] int? Skip,
    [FromQuery(Name = "take")] int? Take,
    [FromQuery(Name = "sort")] string? Sort)
{
    /// <summary>Validates <c>skip</c> and <c>take</c>; a bad value is a 400 naming the field.</summary>
    public PageRequest ToRequest() => new(Skip, Take, Sort);
}
