using Cqo.Platform.Http;
using Serilog;
using Serilog.Events;

namespace Cqo.Host.Startup;

/// <summary>One line per request, with its path masked as <see cref="LoggedPath"/> says: an ID number in an address stays out of the logs.</summary>
internal static class RequestLogging
{
    public static IApplicationBuilder UseCqoRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(LoggedPath.Mask(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
}
