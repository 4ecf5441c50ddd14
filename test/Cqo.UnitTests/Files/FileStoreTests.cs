using System.Text;
using Cqo.Platform.Files;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Cqo.UnitTests.Files;

public sealed class FileStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cqo-files-").FullName;
    private readonly LocalFolderFileStore _store;

    public FileStoreTests()
    {
        var environment = new HostingEnvironment { ContentRootPath = _root };
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 5, 8, 0, 0, TimeSpan.Zero));
        _store = new LocalFolderFileStore(Options.Create(new FileStoreOptions { Folder = "files" }), environment, clock);
    }

    [Fact]
    public async Task A_saved_file_reads_back_and_is_deleted_idempotently()
    {
        var key = await _store.SaveAsync(new MemoryStream("%PDF-1.7 证书"u8.ToArray()), ".PDF", CancellationToken.None);

        key.ShouldMatch(@"^2026/11/[0-9a-f]{32}\.pdf$");
        File.Exists(Path.Combine(_root, "files", "2026", "11", key[8..])).ShouldBeTrue();
        await using (var stream = (await _store.OpenReadAsync(key, CancellationToken.None))!)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            (await reader.ReadToEndAsync()).ShouldBe("%PDF-1.7 证书");
        }

        await _store.DeleteAsync(key, CancellationToken.None);
        await _store.DeleteAsync(key, CancellationToken.None);
        (await _store.OpenReadAsync(key, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Saving_leaves_no_temporary_file_behind()
    {
        await _store.SaveAsync(new MemoryStream([1, 2, 3]), "bin", CancellationToken.None);

        Directory.GetFiles(Path.Combine(_root, "files"), "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_failed_save_leaves_nothing_behind()
    {
        await Should.ThrowAsync<IOException>(() => _store.SaveAsync(new FailingStream(), "pdf", CancellationToken.None));

        Directory.GetFiles(Path.Combine(_root, "files"), "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_key_reads_as_null_and_deletes_quietly()
    {
        const string Unknown = "2026/11/0123456789abcdef0123456789abcdef.pdf";

        (await _store.OpenReadAsync(Unknown, CancellationToken.None)).ShouldBeNull();
        await _store.DeleteAsync("1999/01/0123456789abcdef0123456789abcdef.pdf", CancellationToken.None);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("2026/11/..%2f")]
    [InlineData("2026/11/../../secret.pdf")]
    [InlineData("2026/11/0123456789abcdef0123456789abcdef.pdf\n")]
    [InlineData("2026\\11\\0123456789abcdef0123456789abcdef.pdf")]
    [InlineData("")]
    public async Task Keys_the_store_could_not_have_made_name_no_file(string key)
    {
        // A file outside the store's folder that a traversal would reach.
        await File.WriteAllTextAsync(Path.Combine(_root, "x"), "outside");

        LocalFolderFileStore.IsKey(key).ShouldBeFalse();
        (await _store.OpenReadAsync(key, CancellationToken.None)).ShouldBeNull();
        await _store.DeleteAsync(key, CancellationToken.None);
        File.Exists(Path.Combine(_root, "x")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("../pdf")]
    [InlineData("p/df")]
    [InlineData("averyverylongext")]
    public async Task An_extension_that_is_not_letters_and_digits_is_refused(string extension) =>
        await Should.ThrowAsync<ArgumentException>(() => _store.SaveAsync(new MemoryStream([1]), extension, CancellationToken.None));

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, FileKind.Pdf)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46 }, FileKind.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, FileKind.Png)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }, FileKind.Zip)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, FileKind.Unknown)]
    [InlineData(new byte[0], FileKind.Unknown)]
    public void Files_are_recognised_by_their_first_bytes(byte[] head, FileKind expected) =>
        FileSignatures.Detect(head).ShouldBe(expected);

    [Fact]
    public void A_text_file_named_pdf_is_unknown()
    {
        var head = "Just some text, saved as invoice.pdf"u8[..FileSignatures.HeadLength];

        FileSignatures.Detect(head).ShouldBe(FileKind.Unknown);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>An upload whose connection drops half way.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public FailingStream()
            : base([1, 2, 3])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("The client went away.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new IOException("The client went away.");
    }
}
