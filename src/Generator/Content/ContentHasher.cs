using System.Security.Cryptography;
using System.Text;

namespace Generator.Content;

/// <summary>The short, stable hash of a document's translatable text (title, summary, body; LF line ends).</summary>
public static class ContentHasher
{
    public static string Hash(string title, string? summary, string body)
    {
        var text = string.Join("\n\u0000", title.Trim(), (summary ?? string.Empty).Trim(), body.Trim());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
