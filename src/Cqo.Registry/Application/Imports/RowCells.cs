using System.Globalization;
using System.Text.RegularExpressions;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Errors;
using FluentValidation.Results;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// Reads the cells of one row into a request's values; a cell that cannot be read (an unknown
/// choice, text where a number belongs, a code Excel turned into a rounded number) is recorded
/// against its column and read as blank, so the validator does not report it a second time.
/// </summary>
internal sealed partial class RowCells(ImportRow row, IReadOnlyList<ImportColumn> columns, ImportErrorLog errors)
{
    public int Number => row.Number;

    public bool HasErrors => errors.Has(row.Number);

    public string Header(int column) => columns[column].Header;

    public bool HasErrorIn(int column) => errors.Has(row.Number, columns[column].Header);

    public string? Text(int column)
    {
        var value = row.Values[column];
        if (value is not null && columns[column].IsCode && LostDigits().IsMatch(value))
        {
            Fail(column, "Registry:Import.NumberLostDigits", PersonalIdMask.Mask(value)); // what is left may be most of an ID number
            return null;
        }

        return value;
    }

    public T? Choice<T>(int column, ImportChoices<T> choices)
        where T : struct, Enum
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        var value = choices.Find(text);
        if (value is null)
        {
            Fail(column, "Registry:Import.UnknownChoice", text, choices.Shown);
        }

        return value;
    }

    /// <summary>是 or 否; blank is 否.</summary>
    public bool Flag(int column) => Choice(column, ImportWords.Flags) == YesNo.Yes;

    public int? WholeNumber(int column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Fail(column, "Registry:Import.NotAWholeNumber", text);
        return null;
    }

    public void Fail(int column, string key, params string[] args) => errors.Add(row.Number, columns[column].Header, key, args);

    public void Fail(int column, ErrorMessage message) => errors.Add(row.Number, columns[column].Header, message);

    /// <summary>A message about a request field: against its column, or the row as a whole when no column fills it.</summary>
    public void Fail(string field, ErrorMessage message) =>
        errors.Add(row.Number, ColumnOf(field) is var column and >= 0 ? columns[column].Header : "", message);

    /// <summary>
    /// Each validator failure against the column of its field (the row as a whole for a field no
    /// column fills), unless that cell already has an error. <paramref name="custom"/> turns a failure
    /// whose message the validator wrote itself into the module's message key, to store instead.
    /// </summary>
    public void Fail(IEnumerable<ValidationFailure> failures, Func<ValidationFailure, ErrorMessage?> custom)
    {
        foreach (var failure in failures)
        {
            var column = ColumnOf(failure.PropertyName);
            var header = column < 0 ? "" : columns[column].Header;
            if (errors.Has(row.Number, header))
            {
                continue;
            }

            if (custom(failure) is { } message)
            {
                errors.Add(row.Number, header, message);
            }
            else
            {
                errors.Add(row.Number, header, failure);
            }
        }
    }

    public int ColumnOf(string field)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Field, field, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // What Excel shows for a long number it has rounded, e.g. 1.10105E+17.
    [GeneratedRegex(@"\A[0-9](\.[0-9]+)?E\+?[0-9]+\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LostDigits();
}
