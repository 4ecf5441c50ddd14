using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cqo.Platform.Persistence;

/// <summary>Stores a UTC <see cref="DateTimeOffset"/> as its ticks (SQLite), sortable and exact.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
