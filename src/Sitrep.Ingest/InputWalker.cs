namespace Sitrep.Ingest;

/// <summary>
/// Lists the files under a directory whose extension (ignoring a trailing .gz) is wanted, recursively, sorted by
/// ordinal relative path ('/'-separated) so runs are deterministic. Symbolic links to files are listed (a dangling
/// one is then reported Unreadable); linked directories are not followed, so cycles cannot occur.
/// </summary>
public static class InputWalker
{
    public static IReadOnlyList<string> Files(string directory, IReadOnlySet<string> extensions)
    {
        var found = new List<(string Key, string Path)>();
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos("*", new EnumerationOptions
                {
                    RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0, ReturnSpecialDirectories = false,
                }).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is null)
                    {
                        pending.Push(sub.FullName);
                    }
                }
                else if (extensions.Contains(Path.GetExtension(Formats.FormatDetector.WithoutGz(entry.Name))))
                {
                    var relative = Path.GetRelativePath(directory, entry.FullName).Replace('\\', '/');
                    found.Add((relative, Path.Combine(directory, relative)));
                }
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return found.ConvertAll(f => f.Path);
    }
}
