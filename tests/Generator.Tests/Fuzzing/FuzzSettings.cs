using System.Globalization;

namespace Generator.Tests.Fuzzing;

/// <summary>
/// How long the fuzzing test runs, from the environment: <c>FUZZ_SECONDS</c> (default
/// <see cref="DefaultSeconds"/>, the bounded run of every CI run), <c>FUZZ_SEED</c> to replay one
/// failing case (the seed a failure reports), <c>FUZZ_THREADS</c> (default 2).
/// </summary>
public sealed record FuzzSettings(int Seconds, string? Seed, int Threads)
{
    public const int DefaultSeconds = 45;

    public static FuzzSettings FromEnvironment() => new(
        Number("FUZZ_SECONDS") ?? DefaultSeconds,
        Environment.GetEnvironmentVariable("FUZZ_SEED") is { Length: > 0 } seed ? seed : null,
        Number("FUZZ_THREADS") ?? 2);

    private static int? Number(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
