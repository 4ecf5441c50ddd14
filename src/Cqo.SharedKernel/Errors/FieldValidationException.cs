namespace Cqo.SharedKernel.Errors;

/// <summary>Fields broke rules checked outside a validator (paging, an unknown sort key, an unknown district).</summary>
public sealed class FieldValidationException(IReadOnlyDictionary<string, ErrorMessage[]> errors)
    : CqoException(ErrorKind.Validation, ErrorCodes.ValidationFailed, new ErrorMessage("Error:FieldsInvalid"), errors)
{
    public FieldValidationException(string field, ErrorMessage message)
        : this(new Dictionary<string, ErrorMessage[]> { [field] = [message] })
    {
    }
}
