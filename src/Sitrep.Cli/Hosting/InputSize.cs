namespace Sitrep.Cli.Hosting;

/// <summary>The total size of the inputs, for a progress bar; null when unknown (standard input, compressed files).</summary>
public static class InputSize
{
    public static long? TotalBytes(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            if (input == "-" || input.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (File.Exists(input))
            {
                total += new FileInfo(input).Length;
            }
            else if (Directory.Exists(input))
            {
                try
                {
                    total += new DirectoryInfo(input).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            }
        }

        return total;
    }
}
