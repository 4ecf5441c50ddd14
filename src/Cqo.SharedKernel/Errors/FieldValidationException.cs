namespace Cqo.SharedKernel.Errors;

/// <summary>One field broke one rule, found outside a validator (e.g. an unknown sort key).</summary>
public sealed class FieldValidationException(string field, string message)
    : CqoException(
        ErrorKind.Validation,
        ErrorCodes.ValidationFailed,
        message,
        new Dictionary<string, string[]> { [field] = [message] });
