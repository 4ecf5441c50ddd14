using System.IO.Compression;
using System.Text;
using Cqo.Certification.Application.Documents;
using Cqo.Certification.Contracts;
using Microsoft.Extensions.Options;

namespace Cqo.UnitTests.Certification;

public sealed class CertificatePdfTests
{
    private const string Title = "企业首席质量官培训证书";

    private static readonly CertificateDocument s_certificate = new(
        "SHCQO-2026-310115-000123",
        "欧阳建国",
        "3101**********1234",
        "2026年第一期企业首席质量官任职培训",
        "上海市市场监督管理局",
        new DateOnly(2026, 3, 1),
        new DateOnly(2029, 2, 28),
        CertificateStatus.Valid,
        "https://cqo.example.cn/verify/SHCQO-2026-310115-000123");

    private readonly CertificatePdf _pdf = new(Options.Create(new DocumentOptions()));

    [Fact]
    public void A_certificate_is_one_a4_landscape_page()
    {
        var pdf = _pdf.Render(s_certificate);

        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        using var document = PdfInspection.Open(pdf);
        document.PageCount.ShouldBe(1);
        document.Pages[0].Width.Point.ShouldBe(841.89, 0.5);
        document.Pages[0].Height.Point.ShouldBe(595.28, 0.5);
    }

    [Fact]
    public void The_font_is_embedded_and_has_glyphs_for_the_chinese_text()
    {
        var fonts = PdfInspection.Fonts(_pdf.Render(s_certificate));

        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(f => f.Embedded, "a font left out is drawn with whatever the reader's machine has, or not at all");
        var mapped = fonts.SelectMany(f => f.ToUnicode.Values).ToHashSet();
        foreach (var character in (Title + s_certificate.HolderName + "证书编号发证日期有效期至扫码验证").Distinct())
        {
            mapped.ShouldContain(character.ToString(), $"{character} (U+{(int)character:X4}) must come from a real glyph, not the missing-glyph box");
        }
    }

    [Fact]
    public void The_text_reads_back_from_the_file()
    {
        var text = PdfInspection.Text(_pdf.Render(s_certificate));

        text.ShouldContain(Title);
        text.ShouldContain("欧阳建国");
        text.ShouldContain("证件号码：3101**********1234");
        text.ShouldContain("已完成《2026年第一期企业首席质量官任职培训》培训并考核合格");
        text.ShouldContain("证书编号");
        text.ShouldContain("SHCQO-2026-310115-000123");
        text.ShouldContain("发证日期");
        text.ShouldContain("2026年3月1日");
        text.ShouldContain("有效期至");
        text.ShouldContain("2029年2月28日");
        text.ShouldContain("上海市市场监督管理局");
        text.ShouldContain("扫码验证 / Scan to verify");
        text.Replace("\n", "").ShouldContain(s_certificate.VerificationUrl, customMessage: "the address may wrap, but all of it is printed");
        text.ShouldNotContain("状态");
        text.ShouldNotContain("\uFFFD");
    }

    [Fact]
    public void A_certificate_without_course_or_end_says_so_plainly()
    {
        var text = PdfInspection.Text(_pdf.Render(s_certificate with { CourseTitle = null, ValidUntil = null, IdNumberMasked = null }));

        text.ShouldContain("已完成规定培训并考核合格");
        text.ShouldNotContain("《");
        text.ShouldContain("长期有效");
        text.ShouldNotContain("证件号码");
    }

    [Theory]
    [InlineData(CertificateStatus.Revoked, "状态：已撤销")]
    [InlineData(CertificateStatus.Suspended, "状态：已暂停")]
    [InlineData(CertificateStatus.Expired, "状态：已过期")]
    [InlineData(CertificateStatus.Replaced, "状态：已换发")]
    public void A_printed_certificate_that_is_no_longer_valid_says_so(CertificateStatus status, string line)
    {
        var text = PdfInspection.Text(_pdf.Render(s_certificate with { Status = status }));

        text.ShouldContain(line);
    }

    [Fact]
    public void A_relative_verification_address_is_refused()
    {
        Should.Throw<ArgumentException>(() => _pdf.Render(s_certificate with { VerificationUrl = "/verify/SHCQO-2026-310115-000123" }));
    }

    [Fact]
    public void Twenty_certificates_render_at_the_same_time()
    {
        var certificates = Enumerable.Range(1, 20)
            .Select(i => s_certificate with { Number = $"SHCQO-2026-310115-{i:D6}", HolderName = $"{"张王李赵陈刘杨黄周吴"[i % 10]}{"伟芳娜敏静"[i % 5]}" })
            .ToArray();
        var pdfs = new byte[certificates.Length][];
        var errors = new List<Exception>();

        // Threads of their own, released together: the thread pool would start them one by one.
        using var start = new Barrier(certificates.Length);
        var threads = certificates.Select((certificate, i) => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                pdfs[i] = _pdf.Render(certificate);
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        errors.ShouldBeEmpty();
        for (var i = 0; i < certificates.Length; i++)
        {
            var text = PdfInspection.Text(pdfs[i]);
            text.ShouldContain(certificates[i].Number);
            text.ShouldContain(certificates[i].HolderName);
        }
    }

    [Fact]
    public async Task A_zip_holds_one_pdf_per_certificate_and_writes_asynchronously_only()
    {
        var certificates = new[] { s_certificate, s_certificate with { Number = "SHCQO-2026-310115-000124", HolderName = "李娜" }, s_certificate };
        var output = new ResponseBodyStream();

        await new CertificateZip(_pdf).WriteAsync(output, certificates.ToAsyncEnumerable(), CancellationToken.None);

        using var zip = new ZipArchive(new MemoryStream(output.Written.ToArray()), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).ShouldBe(["SHCQO-2026-310115-000123.pdf", "SHCQO-2026-310115-000124.pdf", "SHCQO-2026-310115-000123 (2).pdf"]);
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            Encoding.ASCII.GetString(content.ToArray(), 0, 5).ShouldBe("%PDF-");
            PdfInspection.Text(content.ToArray()).ShouldContain(Path.GetFileNameWithoutExtension(entry.FullName).Split(' ')[0]);
        }
    }

    [Fact]
    public void A_missing_font_file_names_the_setting_to_fix()
    {
        var options = Options.Create(new DocumentOptions { FontPath = "/nowhere/no-such-font.ttc" });

        var error = Should.Throw<InvalidOperationException>(() => new CertificatePdf(options));

        error.Message.ShouldContain("Certification:Documents:FontPath");
        error.Message.ShouldContain("/nowhere/no-such-font.ttc");
    }

    [Fact]
    public void A_font_without_chinese_is_refused_at_start()
    {
        // DejaVu Sans has no Chinese; a machine without it has nothing to show here.
        const string latinOnly = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        if (!File.Exists(latinOnly))
        {
            return;
        }

        var error = Should.Throw<InvalidOperationException>(() => new CertificatePdf(Options.Create(new DocumentOptions { FontPath = latinOnly })));

        error.Message.ShouldContain("Certification:Documents:FontPath");
        error.Message.ShouldContain("企业");
    }

    /// <summary>Like a response body: no seeking, and synchronous writes refused.</summary>
    private sealed class ResponseBodyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Written.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Written.WriteAsync(buffer, offset, count, cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
