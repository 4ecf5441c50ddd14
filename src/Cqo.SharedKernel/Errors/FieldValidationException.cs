namespace Cqo.SharedKernel.Errors;

/// <summary>Fields broke rules checked outside a validator (paging, an unknown sort key, an unknown district).</summary>
public sealed class FieldValidationException(string detail, IReadOnlyDictionary<string, string[]> errors)
    : CqoException(ErrorKind.Validation, ErrorCodes.ValidationFailed, detail, errors)
{
    public FieldValidationException(string field, string message)
        : this(message, new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}
