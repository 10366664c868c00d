using System.IO.Compression;

namespace ReportMiner.Ingestion;

/// <summary>
/// Checks a zip package (.docx) before any XML parser sees it: that it is a zip at all, that it is not damaged or
/// truncated, that no part expands past <see cref="ReaderLimits.MaxExpandedBytes"/> (a zip bomb), and that no XML part
/// carries a DTD (external entities). Sizes are counted while actually inflating every entry, because the sizes a zip
/// declares in its headers are written by whoever made the file and prove nothing.
/// </summary>
internal static class ZipGuard
{
    private static ReadOnlySpan<byte> Doctype => "<!DOCTYPE"u8;

    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static void Inspect(ReadOnlyMemory<byte> content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var span = content.Span;
        if (span.IsEmpty)
        {
            throw new DocumentReadException("empty file");
        }

        if (span.StartsWith(OleMagic))
        {
            // Word writes password-protected .docx files as an OLE compound file (EncryptedPackage), the same container
            // as a legacy .doc: either way there is no readable package.
            throw new DocumentReadException(
                "password-protected (encrypted) Word file, or a legacy .doc saved with a .docx name: remove the password / save as .docx");
        }

        if (!span.StartsWith(ZipMagic))
        {
            throw new DocumentReadException("not a Word .docx file: the content is not a zip package");
        }

        try
        {
            using var zip = new ZipArchive(AsStream(content), ZipArchiveMode.Read);
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.Length > limits.MaxExpandedBytes)
                {
                    throw Bomb(entry.FullName, limits);
                }

                var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                    || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
                using var stream = entry.Open();
                long count = 0;
                var carry = 0;
                int read;
                while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
                {
                    count += read;
                    total += read;
                    if (count > limits.MaxExpandedBytes || total > limits.MaxExpandedBytes)
                    {
                        throw Bomb(entry.FullName, limits);
                    }

                    var filled = carry + read;
                    if (isXml && buffer.AsSpan(0, filled).IndexOf(Doctype) >= 0)
                    {
                        throw new DocumentReadException(
                            $"unsafe .docx: part {entry.FullName} declares a DTD (<!DOCTYPE>), which Word never writes; not read");
                    }

                    // Keep the tail so a marker split between two reads is still seen.
                    carry = Math.Min(Doctype.Length - 1, filled);
                    buffer.AsSpan(filled - carry, carry).CopyTo(buffer);
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException($"damaged .docx: the zip container is corrupt or truncated ({e.Message})", e);
        }
        catch (IOException e)
        {
            throw new DocumentReadException($"damaged .docx: cannot unpack ({e.Message})", e);
        }
    }

    private static DocumentReadException Bomb(string part, ReaderLimits limits) =>
        new($"rejected .docx: part {part} expands past the limit of {limits.MaxExpandedBytes / (1024 * 1024)} MB (zip bomb?)");

    internal static Stream AsStream(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
