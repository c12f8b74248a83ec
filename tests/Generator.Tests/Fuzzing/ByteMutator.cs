using CsCheck;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// Byte-level mutation of a file's text (usually a document, sometimes site.yml, a layout or a
/// UI strings file): bytes flipped, inserted (NUL, invalid and truncated UTF-8, surrogates
/// encoded in UTF-8, BOMs, CR), deleted or duplicated, the file truncated, and its line ends
/// turned to CRLF or lone CR.
/// </summary>
public static class ByteMutator
{
    private static readonly byte[][] Inserts =
    [
        [0x00], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0x0D], [0x0D, 0x0A], [0x09], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x9F, 0x98, 0x80], [0xC3], [0x80], [0xE2, 0x80, 0xA8], [0xC2, 0x85], [0x1B, 0x5B, 0x33, 0x31, 0x6D], [0x5B, 0x5B], [0x5D, 0x5D], [0x0A, 0x2D, 0x2D, 0x2D, 0x0A],
    ];

    public static Gen<Mutation> Any { get; } =
        from anyFile in Gen.Frequency((3, false), (1, true))
        from pick in Gen.Int[0, 60]
        from edit in Gen.Frequency(
            (3, Flip()),
            (4, Insert()),
            (2, Delete()),
            (1, Duplicate()),
            (1, Truncate()),
            (2, LineEnds()))
        select new Mutation($"{(anyFile ? "file" : "document")} {pick}: {edit.Description}", site => Edit(site, anyFile, pick, edit.Apply));

    private static Gen<(string Description, Func<byte[], byte[]> Apply)> Flip() =>
        from at in Gen.Int[0, 5000]
        from mask in Gen.Int[1, 255]
        select ($"byte {at} xor 0x{mask:X2}", (Func<byte[], byte[]>)(bytes =>
        {
            if (bytes.Length == 0) return bytes;
            var copy = (byte[])bytes.Clone();
            copy[at % copy.Length] ^= (byte)mask;
            return copy;
        }));

    private static Gen<(string Description, Func<byte[], byte[]> Apply)> Insert() =>
        from at in Gen.Int[0, 5000]
        from insert in Gen.Frequency((4, Gen.OneOf(Inserts)), (1, Gen.Byte.Array[1, 8]))
        select ($"insert {Convert.ToHexString(insert)} at {at}", (Func<byte[], byte[]>)(bytes =>
        {
            var index = at % (bytes.Length + 1);
            return [.. bytes[..index], .. insert, .. bytes[index..]];
        }));

    private static Gen<(string Description, Func<byte[], byte[]> Apply)> Delete() =>
        from at in Gen.Int[0, 5000]
        from length in Gen.Int[1, 40]
        select ($"delete {length} bytes at {at}", (Func<byte[], byte[]>)(bytes =>
        {
            if (bytes.Length == 0) return bytes;
            var index = at % bytes.Length;
            return [.. bytes[..index], .. bytes[Math.Min(bytes.Length, index + length)..]];
        }));

    private static Gen<(string Description, Func<byte[], byte[]> Apply)> Duplicate() =>
        from at in Gen.Int[0, 5000]
        from length in Gen.Int[1, 200]
        select ($"duplicate {length} bytes at {at}", (Func<byte[], byte[]>)(bytes =>
        {
            if (bytes.Length == 0) return bytes;
            var index = at % bytes.Length;
            var end = Math.Min(bytes.Length, index + length);
            return [.. bytes[..end], .. bytes[index..end], .. bytes[end..]];
        }));

    private static Gen<(string Description, Func<byte[], byte[]> Apply)> Truncate() =>
        from at in Gen.Int[0, 5000]
        select ($"truncate at {at}", (Func<byte[], byte[]>)(bytes => bytes[..(at % (bytes.Length + 1))]));

    private static Gen<(string Description, Func<byte[], byte[]> Apply)> LineEnds() =>
        from kind in Gen.Int[0, 3]
        select kind switch
        {
            0 => ("CRLF line ends", (Func<byte[], byte[]>)(bytes => Replace(bytes, [0x0A], [0x0D, 0x0A]))),
            1 => ("lone CR line ends", bytes => Replace(bytes, [0x0A], [0x0D])),
            2 => ("a BOM first", bytes => [0xEF, 0xBB, 0xBF, .. bytes]),
            _ => ("two BOMs first", bytes => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. bytes]),
        };

    private static FuzzSite Edit(FuzzSite site, bool anyFile, int pick, Func<byte[], byte[]> edit)
    {
        var path = anyFile ? site.Files.Keys.ElementAtOrDefault(pick % Math.Max(1, site.Files.Count)) : TextEdits.PickDocument(site, pick);
        return path is null ? site : site.With(path, edit(site.Files[path]));
    }

    private static byte[] Replace(byte[] bytes, byte[] old, byte[] replacement)
    {
        var result = new List<byte>(bytes.Length * 2);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes.AsSpan(i).StartsWith(old))
            {
                result.AddRange(replacement);
                i += old.Length - 1;
            }
            else
            {
                result.Add(bytes[i]);
            }
        }

        return [.. result];
    }
}
