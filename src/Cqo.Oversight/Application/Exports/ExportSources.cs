using Cqo.SharedKernel.Errors;

namespace Cqo.Oversight.Application.Exports;

/// <summary>Every registered <see cref="IExportSource"/>, by kind.</summary>
internal sealed class ExportSources(IEnumerable<IExportSource> sources)
{
    private readonly Dictionary<string, IExportSource> _byKind = sources.ToDictionary(s => s.Kind, StringComparer.Ordinal);

    public IExportSource? Find(string kind) => _byKind.GetValueOrDefault(kind);

    public IExportSource Get(string kind) => Find(kind) ?? throw new NotFoundException("ExportKind", kind);
}
