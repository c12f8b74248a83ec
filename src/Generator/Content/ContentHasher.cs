using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Generator.Content;

/// <summary>The short, stable hash of a document's translatable text (title, summary, body; LF line ends).</summary>
public static class ContentHasher
{
    /// <summary>SHA-256 of the UTF-8 of title, summary and body (each trimmed) joined by "\n\0", as 16 hex digits.</summary>
    public static string Hash(string title, string? summary, string body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, title.AsSpan().Trim());
        Append(hash, "\n\u0000");
        Append(hash, (summary ?? string.Empty).AsSpan().Trim());
        Append(hash, "\n\u0000");
        Append(hash, body.AsSpan().Trim());
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest)[..16];
    }

    private static void Append(IncrementalHash hash, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
