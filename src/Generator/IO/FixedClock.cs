namespace Generator.IO;

/// <summary>A clock stopped at one instant, for tests and reproducible builds.</summary>
public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now { get; } = now;
}
