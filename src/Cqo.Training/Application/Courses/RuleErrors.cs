using Cqo.SharedKernel.Errors;

namespace Cqo.Training.Application.Courses;

/// <summary>Rules checked one by one, each failure listed under the field it concerns, then thrown together.</summary>
internal sealed class RuleErrors
{
    private readonly Dictionary<string, List<ErrorMessage>> _errors = [];

    public void Add(string field, ErrorMessage message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>400 naming the fields: the request itself is malformed.</summary>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new FieldValidationException(Snapshot());
        }
    }

    /// <summary>422 with a code: a well-formed request that the rules forbid.</summary>
    public void ThrowIfBroken(string code, string detailKey)
    {
        if (_errors.Count > 0)
        {
            throw new BusinessRuleException(code, new ErrorMessage(detailKey), Snapshot());
        }
    }

    private Dictionary<string, ErrorMessage[]> Snapshot() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
