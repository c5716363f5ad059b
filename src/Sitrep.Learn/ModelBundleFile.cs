using System.Text;

namespace Sitrep.Learn;

/// <summary>
/// Several named parts in one file (e.g. a tagger, a parser and a lemma table): magic "SITREPMB", format version,
/// then per part its name, byte length and bytes, in the order given. Parts are usually
/// <see cref="LinearModelFile"/> bytes (already compressed). Writing is deterministic; reading validates lengths.
/// </summary>
public static class ModelBundleFile
{
    private const string Magic = "SITREPMB";
    private const int FormatVersion = 1;

    public static void Write(Stream output, IReadOnlyList<KeyValuePair<string, byte[]>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        w.Write(Encoding.ASCII.GetBytes(Magic));
        w.Write(FormatVersion);
        w.Write(parts.Count);
        foreach (var (name, bytes) in parts)
        {
            w.Write(name);
            w.Write(bytes.Length);
            w.Write(bytes);
        }
    }

    /// <summary>Reads all parts by name; a damaged or foreign file raises <see cref="ModelFormatException"/>.</summary>
    public static IReadOnlyDictionary<string, byte[]> Read(Stream input, string name = "bundle")
    {
        try
        {
            using var r = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
            var count = ReadHeader(r, name);
            var parts = new Dictionary<string, byte[]>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var part = r.ReadString();
                var length = r.ReadInt32();
                var bytes = length >= 0 ? r.ReadBytes(length) : [];
                if (length < 0 || bytes.Length != length)
                {
                    throw new ModelFormatException("SITREP-L003", $"{name} is truncated in part '{part}'.");
                }

                parts[part] = bytes;
            }

            return parts;
        }
        catch (EndOfStreamException e)
        {
            throw new ModelFormatException("SITREP-L003", $"{name} is truncated ({e.Message}).");
        }
    }

    /// <summary>
    /// Where each part lies in a seekable bundle, without reading the parts (they are then read with
    /// <see cref="ReadPart"/> or <see cref="ModelOf(Stream, ModelBundlePart, string)"/>, so a large model streams from the
    /// bundle into its tables with no copy of its bytes). A damaged or foreign file raises <see cref="ModelFormatException"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, ModelBundlePart> Index(Stream input, string name = "bundle")
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            using var r = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
            var count = ReadHeader(r, name);
            var parts = new Dictionary<string, ModelBundlePart>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var part = r.ReadString();
                var length = r.ReadInt32();
                if (length < 0 || input.Position + length > input.Length)
                {
                    throw new ModelFormatException("SITREP-L003", $"{name} is truncated in part '{part}'.");
                }

                parts[part] = new ModelBundlePart(input.Position, length);
                input.Position += length;
            }

            return parts;
        }
        catch (EndOfStreamException e)
        {
            throw new ModelFormatException("SITREP-L003", $"{name} is truncated ({e.Message}).");
        }
    }

    /// <summary>The bytes of an indexed part (for small parts).</summary>
    public static byte[] ReadPart(Stream bundle, ModelBundlePart part)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var bytes = new byte[part.Length];
        bundle.Position = part.Offset;
        bundle.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>A model stored as an indexed part, read straight from the bundle stream.</summary>
    public static LinearModel ModelOf(Stream bundle, ModelBundlePart part, string name)
    {
        using var window = new PartStream(bundle, part.Offset, part.Length);
        return LinearModelFile.Read(window, name);
    }

    /// <summary>The bytes of a model, for storing it as a bundle part.</summary>
    public static byte[] ToBytes(LinearModel model)
    {
        using var buffer = new MemoryStream();
        LinearModelFile.Write(buffer, model);
        return buffer.ToArray();
    }

    /// <summary>A model stored as a bundle part.</summary>
    public static LinearModel ModelOf(IReadOnlyDictionary<string, byte[]> parts, string part)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (!parts.TryGetValue(part, out var bytes))
        {
            throw new ModelFormatException("SITREP-L004", $"the bundle has no part '{part}'.");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return LinearModelFile.Read(stream, part);
    }

    private static int ReadHeader(BinaryReader r, string name)
    {
        if (Encoding.ASCII.GetString(r.ReadBytes(Magic.Length)) != Magic)
        {
            throw new ModelFormatException("SITREP-L001", $"{name} is not a Sitrep model bundle.");
        }

        var version = r.ReadInt32();
        if (version != FormatVersion)
        {
            throw new ModelFormatException("SITREP-L002", $"{name} has bundle format {version}; this build reads {FormatVersion}.");
        }

        var count = r.ReadInt32();
        return count is < 0 or > 1000 ? throw new ModelFormatException("SITREP-L003", $"{name} is damaged: {count} parts.") : count;
    }
}
