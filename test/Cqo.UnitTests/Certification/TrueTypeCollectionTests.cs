using System.Buffers.Binary;
using Cqo.Certification.Application.Documents;

namespace Cqo.UnitTests.Certification;

public sealed class TrueTypeCollectionTests
{
    [Fact]
    public void The_first_face_of_a_collection_becomes_a_font_of_its_own()
    {
        var collection = File.ReadAllBytes(new DocumentOptions().FontPath);
        TrueTypeCollection.IsCollection(collection).ShouldBeTrue("the default font ships as a .ttc");

        var face = TrueTypeCollection.FirstFace(collection);

        BinaryPrimitives.ReadUInt32BigEndian(face).ShouldBe(0x00010000u);
        var tables = BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = face.AsSpan(12 + (i * 16));
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            (offset % 4).ShouldBe(0u);
            (offset + length).ShouldBeLessThanOrEqualTo((uint)face.Length, "every table lies within the new file");
        }
    }

    [Fact]
    public void A_file_that_is_no_font_is_refused()
    {
        Should.Throw<InvalidDataException>(() => TrueTypeCollection.FirstFace("just some text, not a font"u8.ToArray()));
    }
}
