namespace Cqo.SharedKernel.Errors;

/// <summary>The request clashes with the current state (a duplicate key, a state that moved on).</summary>
public sealed class ConflictException(string code, ErrorMessage detail)
    : CqoException(ErrorKind.Conflict, code, detail);
