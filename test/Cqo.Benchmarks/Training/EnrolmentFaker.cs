using Cqo.Benchmarks.Registry;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Time;

namespace Cqo.Benchmarks.Training;

/// <summary>
/// The enrolments of one course as its plan counts them: a little over half enrolled by their enterprise (a staff
/// record, a masked ID number, often no account), the rest officers who applied themselves, most of them sponsored
/// by their employer. Sponsors are drawn from a pool of enterprises, each in a district (its jurisdiction).
/// </summary>
internal sealed class EnrolmentFaker
{
    private const int Sponsors = 20_000;

    private static readonly WeightedPicker<District> s_districts = new(ShanghaiDistricts.All.Select(d => (d, d.Weight)));

    private readonly Random _random;
    private readonly GeneratedIds _ids;
    private readonly DateOnly _today;
    private readonly (Guid Id, string Jurisdiction)[] _sponsors;

    public EnrolmentFaker(Random random, GeneratedIds ids, DateOnly today)
    {
        _random = random;
        _ids = ids;
        _today = today;
        _sponsors = [.. Enumerable.Range(0, Sponsors).Select(_ => (ids.Random(), s_districts.Next(random).Code))];
    }

    public IEnumerable<EnrolmentRow> For(CourseRow course)
    {
        var from = course.EnrolmentOpens.AtShanghaiTime(new TimeOnly(9, 0));
        var days = Math.Max(1, Math.Min(course.EnrolmentCloses.DayNumber, _today.DayNumber) - course.EnrolmentOpens.DayNumber + 1);
        foreach (var (status, count) in course.Enrolments)
        {
            for (var i = 0; i < count; i++)
            {
                yield return Next(course, status, from.AddSeconds(_random.NextDouble() * days * 86_400));
            }
        }
    }

    private EnrolmentRow Next(CourseRow course, string status, DateTimeOffset createdAt)
    {
        var sponsored = _random.NextDouble() < 0.55;
        (Guid Id, string Jurisdiction)? sponsor = sponsored || _random.NextDouble() < 0.7 ? _sponsors[_random.Next(_sponsors.Length)] : null;
        var person = sponsored || (sponsor is not null && _random.NextDouble() < 0.5) ? _ids.Random() : (Guid?)null;
        return new EnrolmentRow(
            _ids.Next(),
            course.Id,
            course.ProviderId,
            sponsor?.Id,
            sponsor?.Jurisdiction,
            !sponsored || _random.NextDouble() < 0.5 ? _ids.Random() : null,
            person,
            ProviderFaker.PersonName(_random),
            person is null ? null : PersonalIdMask.Mask($"{s_districts.Next(_random).Code}{_random.Next(1960, 2004)}{_random.Next(1, 13):D2}{_random.Next(1, 29):D2}{_random.Next(1000):D3}X"),
            sponsored ? "Sponsored" : "Self",
            status,
            status == "Waitlisted" ? createdAt : null,
            status switch
            {
                "Withdrawn" => "工作安排冲突，申请退出本期培训。",
                "Rejected" => "所在单位未确认报名。",
                _ => null,
            },
            createdAt);
    }
}
