using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Geo.Gazetteer;

/// <summary>
/// Sitrep's gazetteer file (<c>.sgz</c>): magic "SITREPGZ", a format version, the attribution, then each column as a
/// length-prefixed little-endian array, so loading is a handful of bulk reads (tens of milliseconds for 200,000
/// places). Written to a temporary file and renamed, so a reader never sees half a file.
/// </summary>
public static class GazetteerFile
{
    public const int FormatVersion = 1;
    private static readonly byte[] Magic = "SITREPGZ"u8.ToArray();

    public static Gazetteer Load(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, path);
    }

    public static void Save(Gazetteer gazetteer, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = path + ".tmp" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            Write(gazetteer, stream);
        }

        File.Move(tmp, path, overwrite: true);
    }

    public static void Write(Gazetteer gazetteer, Stream stream)
    {
        var c = gazetteer.Columns;
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(c.Attribution);
        Arr(w, c.Ids);
        Arr(w, c.Lat);
        Arr(w, c.Lon);
        Arr(w, c.Population);
        Arr(w, c.FeatureClass);
        Arr(w, c.FeatureCode);
        Arr(w, c.Country);
        Arr(w, c.Admin1);
        Arr(w, c.NameStart);
        Arr(w, c.NameChars);
        Strings(w, c.Codes);
        Strings(w, c.CountryAlpha2);
        Strings(w, c.CountryAlpha3);
        Arr(w, c.CountryPlace);
        Arr(w, c.Capital);
        var admin = c.Admin1Codes.OrderBy(p => p.Key).ToArray();
        Arr(w, admin.Select(p => p.Key).ToArray());
        Strings(w, [.. admin.Select(p => p.Value)]);
        Index(w, c.Names);
        Index(w, c.Loose);
    }

    public static Gazetteer Read(Stream stream, string name)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new GazetteerException("SITREP-G101", $"{name} is not a Sitrep gazetteer file.");
            }

            var version = r.ReadInt32();
            if (version != FormatVersion)
            {
                throw new GazetteerException("SITREP-G102", $"{name} has format version {version}; this build reads {FormatVersion}. Re-import it.");
            }

            var attribution = r.ReadString();
            var ids = Arr<int>(r);
            var lat = Arr<float>(r);
            var lon = Arr<float>(r);
            var pop = Arr<int>(r);
            var fclass = Arr<byte>(r);
            var fcode = Arr<ushort>(r);
            var country = Arr<ushort>(r);
            var admin1 = Arr<int>(r);
            var nameStart = Arr<int>(r);
            var nameChars = Arr<char>(r);
            var codes = Strings(r);
            var a2 = Strings(r);
            var a3 = Strings(r);
            var countryPlace = Arr<int>(r);
            var capital = Arr<int>(r);
            var adminIdx = Arr<int>(r);
            var adminCodes = Strings(r);
            var names = Index(r);
            var loose = Index(r, hashed: false);
            return new Gazetteer(new GazetteerColumns
            {
                Attribution = attribution, Ids = ids, Lat = lat, Lon = lon, Population = pop, FeatureClass = fclass,
                FeatureCode = fcode, Country = country, Admin1 = admin1, NameStart = nameStart, NameChars = nameChars,
                Codes = codes, CountryAlpha2 = a2, CountryAlpha3 = a3, CountryPlace = countryPlace, Capital = capital,
                Admin1Codes = adminIdx.Zip(adminCodes).ToDictionary(p => p.First, p => p.Second), Names = names, Loose = loose,
            });
        }
        catch (EndOfStreamException)
        {
            throw new GazetteerException("SITREP-G103", $"{name} is truncated.");
        }
    }

    private static void Arr<T>(BinaryWriter w, T[] values)
        where T : unmanaged
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] Arr<T>(BinaryReader r)
        where T : unmanaged
    {
        var n = r.ReadInt32();
        if (n < 0 || n > 1 << 28)
        {
            throw new GazetteerException("SITREP-G103", "gazetteer file is corrupt (bad array length).");
        }

        var values = new T[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static void Strings(BinaryWriter w, string[] values)
    {
        w.Write(values.Length);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    private static string[] Strings(BinaryReader r)
    {
        var n = r.ReadInt32();
        var values = new string[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = r.ReadString();
        }

        return values;
    }

    private static void Index(BinaryWriter w, KeyIndex index)
    {
        Arr(w, index.Chars);
        Arr(w, index.KeyStart);
        Arr(w, index.PostStart);
        Arr(w, index.Posts);
    }

    private static KeyIndex Index(BinaryReader r, bool hashed = true) => new(Arr<char>(r), Arr<int>(r), Arr<int>(r), Arr<int>(r), hashed);
}
