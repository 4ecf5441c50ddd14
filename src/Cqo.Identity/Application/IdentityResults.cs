using Cqo.SharedKernel.Errors;
using Microsoft.AspNetCore.Identity;

namespace Cqo.Identity.Application;

/// <summary>Turns ASP.NET Core Identity's failures into field errors with our localized texts.</summary>
internal static class IdentityResults
{
    public static void ThrowIfFailed(this IdentityResult result, string passwordField = "password")
    {
        if (result.Succeeded)
        {
            return;
        }

        var errors = result.Errors
            .GroupBy(e => FieldOf(e.Code, passwordField))
            .ToDictionary(g => g.Key, g => g.Select(e => new ErrorMessage($"Identity:Error:{e.Code}")).ToArray());
        throw new FieldValidationException(errors);
    }

    private static string FieldOf(string code, string passwordField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) && code != "PasswordMismatch" => passwordField,
        "PasswordMismatch" => "currentPassword",
        "DuplicateUserName" or "InvalidUserName" => "userName",
        "DuplicateEmail" or "InvalidEmail" => "email",
        "DuplicateRoleName" or "InvalidRoleName" => "name",
        _ => "",
    };
}
