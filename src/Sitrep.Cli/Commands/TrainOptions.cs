using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The options the train commands share, declared once: the treebank pair, a trained syntax bundle, the directory a
/// new one goes into, the news JSONL that hand-annotated offsets point into; writing a bundle, and adding a command's
/// options in one call.
/// </summary>
internal static class TrainOptions
{
    public static Option<FileInfo> Treebank() =>
        new("--train") { Description = "Training treebank (CoNLL-U).", Required = true };

    public static Option<FileInfo> DevTreebank() =>
        new("--dev") { Description = "Development treebank (CoNLL-U), scored after training.", Required = true };

    public static Option<FileInfo> SyntaxBundle() =>
        new("--model") { Description = "The trained bundle (syntax-en.bin).", Required = true };

    /// <summary>The directory a command writes its syntax-en.bin into.</summary>
    public static Option<DirectoryInfo> OutputDirectory(string description) =>
        new("--out") { Description = description, Required = true };

    /// <summary>The news JSONL whose texts the offsets of <paramref name="offsetsOption"/> point into.</summary>
    public static Option<FileInfo?> NewsArticles(string offsetsOption) =>
        new("--news-articles") { Description = $"The news JSONL whose texts the {offsetsOption} offsets point into." };

    /// <summary>Writes a trained syntax bundle into <paramref name="dir"/> (created if needed) and says where.</summary>
    public static void WriteBundle(DirectoryInfo dir, byte[] bundle, TextWriter output)
    {
        dir.Create();
        var path = Path.Combine(dir.FullName, Sitrep.Syntax.SyntaxModel.BundleFile);
        File.WriteAllBytes(path, bundle);
        output.WriteLine($"wrote {path} ({bundle.Length:N0} bytes)");
    }

    public static void AddTo(Command command, params Option[] options)
    {
        foreach (var o in options)
        {
            command.Options.Add(o);
        }
    }
}
