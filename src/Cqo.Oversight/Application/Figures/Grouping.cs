using System.Linq.Expressions;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Figures;

/// <summary>A group key: the dimension's value, the period bucket and, for distributions, the measured value.</summary>
internal sealed class GroupKey<TKey>
{
    public TKey Dim { get; init; } = default!;

    public int Bucket { get; init; }

    public int Detail { get; init; }
}

/// <summary>One aggregated group as read from the database.</summary>
internal sealed class GroupValue<TKey>
{
    public TKey Dim { get; init; } = default!;

    public int Bucket { get; init; }

    public int Detail { get; init; }

    public decimal Value { get; init; }
}

/// <summary>One cell before it is placed in a table: the dimension's value as text, the bucket, the detail and the value.</summary>
internal sealed record Cell(string? Dim, int Bucket, int Detail, decimal Value);

/// <summary>How a group's rows become one number: counted, counted once per trainee, or summed.</summary>
internal abstract class Measure<TRow>
    where TRow : Fact
{
    public abstract Expression<Func<IGrouping<GroupKey<TKey>, TRow>, GroupValue<TKey>>> Aggregate<TKey>();
}

internal sealed class CountRows<TRow> : Measure<TRow>
    where TRow : Fact
{
    public static readonly CountRows<TRow> Instance = new();

    public override Expression<Func<IGrouping<GroupKey<TKey>, TRow>, GroupValue<TKey>>> Aggregate<TKey>() =>
        g => new GroupValue<TKey> { Dim = g.Key.Dim, Bucket = g.Key.Bucket, Detail = g.Key.Detail, Value = g.Count() };
}

internal sealed class CountTrainees : Measure<TrainingPlace>
{
    public static readonly CountTrainees Instance = new();

    public override Expression<Func<IGrouping<GroupKey<TKey>, TrainingPlace>, GroupValue<TKey>>> Aggregate<TKey>() =>
        g => new GroupValue<TKey> { Dim = g.Key.Dim, Bucket = g.Key.Bucket, Detail = g.Key.Detail, Value = g.Select(r => r.TraineeKey).Distinct().Count() };
}

internal sealed class SumHours : Measure<LoggedCredit>
{
    public static readonly SumHours Instance = new();

    public override Expression<Func<IGrouping<GroupKey<TKey>, LoggedCredit>, GroupValue<TKey>>> Aggregate<TKey>() =>
        g => new GroupValue<TKey> { Dim = g.Key.Dim, Bucket = g.Key.Bucket, Detail = g.Key.Detail, Value = g.Sum(r => r.Hours) };
}

/// <summary>
/// One GROUP BY over a fact table: by the dimension's column, the period bucket of a month column and
/// optionally a detail value. The dimension picks a typed column, so each is its own query shape.
/// </summary>
internal static class Grouping
{
    public static Task<List<Cell>> GroupAsync<TRow>(
        IQueryable<TRow> rows, Dimension by, Expression<Func<TRow, int>> bucket, Expression<Func<TRow, int>>? detail, Measure<TRow> measure, CancellationToken cancellationToken)
        where TRow : Fact => by switch
        {
            Dimension.None => GroupAsync(rows, r => 0, bucket, detail, measure, _ => null, cancellationToken),
            Dimension.District => GroupAsync(rows, r => r.DistrictCode, bucket, detail, measure, k => k, cancellationToken),
            Dimension.Jurisdiction => GroupAsync(rows, r => r.JurisdictionCode, bucket, detail, measure, k => k, cancellationToken),
            Dimension.IndustrySection => GroupAsync(rows, r => r.IndustrySectionCode, bucket, detail, measure, k => k, cancellationToken),
            Dimension.IndustryDivision => GroupAsync(rows, r => r.IndustryDivisionCode, bucket, detail, measure, k => k, cancellationToken),
            Dimension.Scale => GroupAsync(rows, r => r.Scale, bucket, detail, measure, k => k?.ToString(), cancellationToken),
            Dimension.AboveDesignatedSize => GroupAsync(rows, r => r.AboveDesignatedSize, bucket, detail, measure, Flag, cancellationToken),
            Dimension.Specialised => GroupAsync(rows, r => r.Specialised, bucket, detail, measure, Flag, cancellationToken),
            Dimension.Provider => GroupAsync(rows, r => r.ProviderId, bucket, detail, measure, k => k?.ToString(), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(by)),
        };

    private static string? Flag(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };

    private static async Task<List<Cell>> GroupAsync<TRow, TKey>(
        IQueryable<TRow> rows,
        Expression<Func<TRow, TKey>> dim,
        Expression<Func<TRow, int>> bucket,
        Expression<Func<TRow, int>>? detail,
        Measure<TRow> measure,
        Func<TKey, string?> format,
        CancellationToken cancellationToken)
        where TRow : Fact
    {
        var row = dim.Parameters[0];
        var key = Expression.Lambda<Func<TRow, GroupKey<TKey>>>(
            Expression.MemberInit(
                Expression.New(typeof(GroupKey<TKey>)),
                Expression.Bind(typeof(GroupKey<TKey>).GetProperty(nameof(GroupKey<TKey>.Dim))!, dim.Body),
                Expression.Bind(typeof(GroupKey<TKey>).GetProperty(nameof(GroupKey<TKey>.Bucket))!, Rebind(bucket, row)),
                Expression.Bind(typeof(GroupKey<TKey>).GetProperty(nameof(GroupKey<TKey>.Detail))!, detail is null ? Expression.Constant(0) : Rebind(detail, row))),
            row);
        var groups = await rows.GroupBy(key).Select(measure.Aggregate<TKey>()).ToListAsync(cancellationToken);
        return [.. groups.Select(g => new Cell(format(g.Dim), g.Bucket, g.Detail, g.Value))];
    }

    /// <summary>The body of <paramref name="lambda"/> over <paramref name="parameter"/> instead of its own.</summary>
    public static Expression Rebind<TRow, TResult>(Expression<Func<TRow, TResult>> lambda, ParameterExpression parameter) =>
        new Replace(lambda.Parameters[0], parameter).Visit(lambda.Body)!;

    /// <summary><paramref name="inner"/> applied to the result of <paramref name="outer"/>, as one expression.</summary>
    public static Expression<Func<TRow, TResult>> Compose<TRow, TMiddle, TResult>(Expression<Func<TRow, TMiddle>> outer, Expression<Func<TMiddle, TResult>> inner) =>
        Expression.Lambda<Func<TRow, TResult>>(new Replace(inner.Parameters[0], outer.Body).Visit(inner.Body)!, outer.Parameters);

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
