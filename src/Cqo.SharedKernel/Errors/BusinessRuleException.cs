namespace Cqo.SharedKernel.Errors;

/// <summary>
/// A well-formed request that a business rule forbids (422), with a module-prefixed code and, where
/// several rules fail at once, each of them under the field it concerns.
/// </summary>
public sealed class BusinessRuleException(string code, ErrorMessage detail, IReadOnlyDictionary<string, ErrorMessage[]>? errors = null)
    : CqoException(ErrorKind.BusinessRule, code, detail, errors);
