namespace Cqo.Certification.Application.Documents;

/// <summary>
/// Holds what a <see cref="System.IO.Compression.ZipArchive"/> writes until it is passed on with an
/// asynchronous write. ZipArchive writes synchronously even through its async API (in .NET 10 closing
/// an entry still writes synchronously), and a response body refuses synchronous writes. Passed on after
/// every entry, it never holds more than one compressed PDF.
/// </summary>
internal sealed class PendingOutput : Stream
{
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public async Task PassOnAsync(Stream output, CancellationToken cancellationToken)
    {
        if (_pending.Length == 0)
        {
            return;
        }

        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
        _pending.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
