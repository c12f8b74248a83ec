namespace Generator.IO;

/// <summary>The current time, behind an abstraction so tests decide what "now" is.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }
}
