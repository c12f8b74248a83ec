namespace Generator.IO;

/// <summary>
/// The file operations the build uses, so tests can run on temporary folders and the build can
/// be observed. Paths are absolute or relative to the process's current directory.
/// </summary>
public interface IFileSystem
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>True when the folder holds no file and no folder.</summary>
    bool IsEmptyDirectory(string path);

    /// <summary>True when the path itself is a symbolic link (wherever it leads).</summary>
    bool IsSymbolicLink(string path);

    /// <summary>Every file below <paramref name="directory"/>, recursively, in ordinal order, following no symbolic link out of it.</summary>
    IReadOnlyList<string> EnumerateFiles(string directory);

    /// <summary>
    /// Every file below <paramref name="directory"/>, recursively, in ordinal order; symbolic links
    /// are followed only to targets inside <paramref name="boundary"/>, the others are listed as skipped.
    /// </summary>
    FileListing ListFiles(string directory, string boundary);

    byte[] ReadAllBytes(string path);

    /// <summary>The file's size and last write time (a folder's size is -1), or null when there is no such file or folder.</summary>
    FileStamp? Stamp(string path);

    /// <summary>
    /// Every file below <paramref name="directory"/>, recursively, by its path relative to it
    /// (with '/'), in ordinal order, with its size and last write time; null when the folder does
    /// not exist or holds a symbolic link anywhere.
    /// </summary>
    IReadOnlyList<(string Path, FileStamp Stamp)>? StampAll(string directory);

    /// <summary>Writes the bytes, creating the parent folders.</summary>
    void WriteAllBytes(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Writes a new file into an existing folder (an error if the file exists).</summary>
    void CreateFile(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Copies a file, creating the parent folders of the destination.</summary>
    void CopyFile(string source, string destination);

    void CreateDirectory(string path);

    void DeleteDirectory(string path);

    /// <summary>Deletes a file if it exists.</summary>
    void DeleteFile(string path);

    /// <summary>Renames a folder; both paths must be on the same volume.</summary>
    void MoveDirectory(string source, string destination);
}
