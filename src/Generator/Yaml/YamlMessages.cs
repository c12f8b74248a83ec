namespace Generator.Yaml;

/// <summary>
/// The YAML library's messages for the mistakes authors make most, said in their words: a tab
/// for indentation, a quote never closed, a key given twice, a colon inside a plain value.
/// </summary>
internal static class YamlMessages
{
    public sealed record Explained(string Message, string Hint, bool AtTab);

    public static Explained? Explain(string message)
    {
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return new("a tab is used for indentation", "indent with spaces: YAML does not allow tabs there", AtTab: true);
        }

        if (message.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return new("the quote opened here is never closed",
                "end the value with the same quote on this line; to go on over several lines, indent the next lines more than the key", AtTab: false);
        }

        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            var key = message["Duplicate key ".Length..].Trim();
            return new($"'{key}' is given twice", "keep one of them: the generator cannot tell which one is meant", AtTab: false);
        }

        if (message.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return new("a ': ' inside a value starts another key", "quote the value: title: \"Integration: a guide\"", AtTab: false);
        }

        return null;
    }
}
