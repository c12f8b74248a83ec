namespace Generator.Tests.Fuzzing;

/// <summary>A property of the build that a generated site broke: what broke, and what the commands printed.</summary>
public sealed class FuzzPropertyException(string message) : Exception(message);
