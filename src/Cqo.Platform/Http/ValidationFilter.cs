using System.Reflection;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Http;

/// <summary>
/// Before the handler: refuses control characters in the request's text fields, then runs its
/// FluentValidation validator. Failures become a 400 per field.
/// </summary>
internal sealed class ValidationFilter<TRequest> : IEndpointFilter
{
    private static readonly PropertyInfo[] s_textProperties =
        [.. typeof(TRequest).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanRead)];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<TRequest>>();
        foreach (var request in context.Arguments.OfType<TRequest>())
        {
            RefuseControlCharacters(request);
            await validator.ValidateAndThrowAsync(request, context.HttpContext.RequestAborted);
        }

        return await next(context);
    }

    private static void RefuseControlCharacters(TRequest request)
    {
        var errors = s_textProperties
            .Where(p => ControlCharacters.In((string?)p.GetValue(request)))
            .Select(p => FieldNames.Of(p.Name))
            .ToDictionary(field => field, field => new[] { ControlCharacters.Message(field) });
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }
}
