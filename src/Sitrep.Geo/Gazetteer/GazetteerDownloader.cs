namespace Sitrep.Geo.Gazetteer;

/// <summary>
/// Downloads GeoNames dumps (cities15000 or another cities file, admin1CodesASCII.txt, countryInfo.txt) into a folder
/// for <see cref="GeoNamesImporter"/>. Needs network access to download.geonames.org; fails with SITREP-G106 otherwise.
/// </summary>
public static class GazetteerDownloader
{
    public const string BaseUrl = "https://download.geonames.org/export/dump/";

    public static async Task DownloadAsync(string directory, string citiesFile, TextWriter log, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        foreach (var name in new[] { citiesFile + ".zip", "admin1CodesASCII.txt", "countryInfo.txt" })
        {
            var target = Path.Combine(directory, name);
            log.WriteLine($"downloading {BaseUrl}{name}");
            try
            {
                await using var body = await http.GetStreamAsync(new Uri(BaseUrl + name), cancellationToken).ConfigureAwait(false);
                await using var file = File.Create(target);
                await body.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                throw new GazetteerException("SITREP-G106",
                    $"cannot download {BaseUrl}{name} ({ex.Message}). Offline? Download the GeoNames dumps elsewhere and run `sitrep gazetteer import DIR`.");
            }

            if (name.EndsWith(".zip", StringComparison.Ordinal))
            {
                System.IO.Compression.ZipFile.ExtractToDirectory(target, directory, overwriteFiles: true);
                File.Delete(target);
            }
        }
    }
}
