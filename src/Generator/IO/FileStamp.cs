namespace Generator.IO;

/// <summary>What a file's directory entry says of it without reading it: its size and last write time (UTC ticks).</summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks);
