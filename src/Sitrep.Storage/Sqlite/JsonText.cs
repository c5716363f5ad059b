using System.Text;
using System.Text.Json;

namespace Sitrep.Storage.Sqlite;

/// <summary>Builds JSON string arrays, used to pass id lists as one parameter to <c>json_each</c> and to record pipelines.</summary>
internal static class JsonText
{
    public static string Array(IEnumerable<string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var v in values)
            {
                writer.WriteStringValue(v);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
