using Cqo.SharedKernel.Errors;
using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Http;

/// <summary>Refuses control characters in query and route values, naming the parameter.</summary>
internal sealed class ControlCharacterGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var values = context.Request.Query.SelectMany(q => q.Value.Select(v => (Field: q.Key, Value: v)))
            .Concat(context.Request.RouteValues.Select(r => (Field: r.Key, Value: r.Value as string)));
        foreach (var (field, value) in values)
        {
            if (ControlCharacters.In(value))
            {
                throw new FieldValidationException(field, ControlCharacters.Message(field));
            }
        }

        return next(context);
    }
}
