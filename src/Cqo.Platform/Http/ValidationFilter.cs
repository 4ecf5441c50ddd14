using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Http;

/// <summary>
/// Before the handler: refuses control characters anywhere in the request's text, then runs its
/// FluentValidation validator. Failures become a 400 per field.
/// </summary>
internal sealed class ValidationFilter<TRequest> : IEndpointFilter
{
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
        var errors = ControlCharacters.FieldsIn(request).Distinct()
            .ToDictionary(field => field, field => new[] { ControlCharacters.Message(field) });
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }
}
