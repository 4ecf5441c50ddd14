namespace Cqo.SharedKernel.Errors;

/// <summary>A well-formed request that a business rule forbids (422), with a module-prefixed code.</summary>
public sealed class BusinessRuleException(string code, ErrorMessage detail)
    : CqoException(ErrorKind.BusinessRule, code, detail);
