namespace Generator.Publishing;

/// <summary>The output folder is not one the build may write into (see the message); nothing was written.</summary>
public sealed class OutputRefusedException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}
