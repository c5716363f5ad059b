using Microsoft.Data.Sqlite;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Writes documents and all their layers inside one transaction with prepared commands. An article whose id or
/// content hash is already stored (or was written earlier in the batch) is skipped by <c>ON CONFLICT DO NOTHING</c>.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly SqlParams _article;
    private readonly SqlParams _sentence;
    private readonly SqlParams _entity;
    private readonly SqlParams _timex;
    private readonly SqlParams _quote;
    private readonly SqlParams _event;
    private readonly SqlParams _argument;
    private readonly SqlParams _span;
    private readonly SqlParams _actor;
    private readonly SqlParams _alias;

    public ArticleWriter(SqliteConnection c)
    {
        _article = new SqlParams(c,
            """
            INSERT INTO articles (id, content_hash, date, published_at, title, source, url, origin, text, text_normalized, pipeline)
            VALUES ($id, $hash, $date, $pub, $title, $source, $url, $origin, $text, $norm, $pipeline)
            ON CONFLICT DO NOTHING
            """, 11);
        _sentence = new SqlParams(c,
            "INSERT INTO sentences (doc, idx, start_char, end_char) VALUES ($d, $i, $s, $e)", 4);
        _entity = new SqlParams(c,
            $"""
            INSERT INTO entities (doc, idx, start_char, end_char, text, type, canonical, role, country, confidence,
                                  geo_name, geo_country, geo_lat, geo_lon, geo_id, geo_admin1, geo_feature, geo_precision, geo_confidence, actor_key, actor_source)
            VALUES ($d, $i, $s, $e, $t, $ty, $ca, $ro, $co, $cf, $gn, $gc, $gla, $glo, $gid, $ga1, $gfe, $gpr, $gcf, $k, $k)
            """, 20);
        // Countries, governments and organizations: keyed by the lexicon, their canonical name is the lexicon's; the
        // first country seen stays. People are re-derived per surname group after the batch (ActorRebuilder).
        _actor = new SqlParams(c,
            """
            INSERT INTO actors (key, canonical, type, country) VALUES ($k, $ca, $ty, $co)
            ON CONFLICT (key) DO UPDATE SET
                canonical = CASE WHEN instr(actors.canonical, ' ') = 0 AND instr(excluded.canonical, ' ') > 0 THEN excluded.canonical ELSE actors.canonical END,
                country = coalesce(actors.country, excluded.country)
            """, 4);
        _alias = new SqlParams(c,
            """
            INSERT INTO actor_aliases (actor_key, alias, mentions) VALUES ($k, $al, 1)
            ON CONFLICT (actor_key, alias) DO UPDATE SET mentions = mentions + 1
            """, 2);
        _timex = new SqlParams(c,
            "INSERT INTO timexes (doc, idx, start_char, end_char, text, type, value, mod) VALUES ($d, $i, $s, $e, $t, $ty, $v, $m)", 8);
        _quote = new SqlParams(c,
            """
            INSERT INTO quotes (doc, idx, start_char, end_char, text, kind, speaker, speaker_start, speaker_end, event_id, event_basis)
            VALUES ($d, $i, $s, $e, $t, $k, $sp, $ss, $se, $ev, $eb)
            """, 11);
        _event = new SqlParams(c,
            """
            INSERT INTO events (id, doc, ord, type, mode, status, trigger_start, trigger_end, trigger_text,
                date_key, date_value, date_precision, location_name, location_key, location_country, location_lat,
                location_lon, location_geo_id, location_precision, killed_low, killed_high, injured_low, injured_high,
                cameo, acled, confidence, stage, rule)
            VALUES ($id, $d, $o, $ty, $mo, $st, $ts, $te, $tt, $dk, $dv, $dp, $ln, $lk, $lc, $lla, $llo, $lg, $lp,
                $kl, $kh, $il, $ih, $cam, $acl, $cf, $stg, $rule)
            """, 28);
        _argument = new SqlParams(c,
            """
            INSERT INTO event_arguments (event_id, doc, role, ord, text, canonical, country, start_char, end_char, search_key)
            VALUES ($ev, $d, $r, $o, $t, $ca, $co, $s, $e, $k)
            """, 10);
        _span = new SqlParams(c,
            "INSERT INTO provenance_spans (event_id, doc, kind, ord, start_char, end_char) VALUES ($ev, $d, $k, $o, $s, $e)", 6);
    }

    /// <summary>The person surname groups written so far (their actors are rebuilt after the batch).</summary>
    public HashSet<string> PersonGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>The content hash stored for a document: its own, or the SHA-256 of its text when it has none.</summary>
    public static string HashOf(Document doc) => doc.ContentHash.Length > 0
        ? doc.ContentHash
        : ContentHash.Of(doc.Text);

    /// <summary>Writes a document and its layers; returns the number of events written, or -1 when it was a duplicate.</summary>
    public int Write(Document doc, string pipelineJson)
    {
        var id = doc.Id;
        var inserted = _article.Run(id, HashOf(doc), doc.Date.DateIso, doc.Date.ToString(), doc.Title, doc.Source,
            doc.Url, doc.Origin.ToString(), doc.Text, doc.TextNormalized ? 1 : 0, pipelineJson);
        if (inserted == 0)
        {
            return -1;
        }

        var text = doc.Text;
        for (var i = 0; i < doc.Sentences.Length; i++)
        {
            var s = doc.Sentences[i].Span;
            _sentence.Run(id, i, s.Start, s.End);
        }

        for (var i = 0; i < doc.Entities.Count; i++)
        {
            var m = doc.Entities[i];
            string? actorKey = null;
            if (m.ActorKey is { Length: > 0 } key)
            {
                // A country is one actor whether named ("Ukraine") or as an adjective ("Ukrainian").
                var type = key.StartsWith("country:", StringComparison.Ordinal) ? nameof(EntityType.GPE) : m.Type.ToString();
                if (ActorRebuilder.GroupOf(key) is { } group)
                {
                    PersonGroups.Add(group);
                }
                else
                {
                    _actor.Run(key, m.Canonical ?? m.Span.Of(text), type, m.Country);
                    _alias.Run(key, m.Span.Of(text));
                }

                actorKey = key;
            }

            _entity.Run(id, i, m.Span.Start, m.Span.End, m.Span.Of(text), m.Type.ToString(), m.Canonical, m.Role,
                m.Country, m.Confidence, m.Geo?.Name, m.Geo?.Country, m.Geo?.Lat, m.Geo?.Lon, m.Geo?.Id,
                m.Geo?.Admin1, m.Geo?.FeatureCode, m.Geo?.Precision, m.Geo?.Confidence, actorKey);
        }

        for (var i = 0; i < doc.Timexes.Count; i++)
        {
            var t = doc.Timexes[i];
            _timex.Run(id, i, t.Span.Start, t.Span.End, t.Span.Of(text), t.Type.ToString(), t.Value, t.Mod);
        }

        for (var i = 0; i < doc.Quotes.Count; i++)
        {
            var q = doc.Quotes[i];
            _quote.Run(id, i, q.Span.Start, q.Span.End, q.Span.Of(text), Names.Of(q.Kind), q.Speaker,
                q.SpeakerSpan?.Start, q.SpeakerSpan?.End, q.EventId,
                q.EventBasis is { } basis ? ContractNames.QuoteEventBasis(basis) : null);
        }

        for (var i = 0; i < doc.Events.Count; i++)
        {
            WriteEvent(doc, i, doc.Events[i]);
        }

        return doc.Events.Count;
    }

    private void WriteEvent(Document doc, int ord, Event e)
    {
        var id = doc.Id;
        var loc = e.Location;
        _event.Run(e.Id, id, ord, e.Type.ToString(), e.Mode, Names.Of(e.Status), e.Trigger.Start, e.Trigger.End,
            e.Trigger.Of(doc.Text), DateKey.Of(e.Date?.Value, doc.Date.DateIso), e.Date?.Value, e.Date?.Precision,
            loc?.Name, loc is null ? null : Names.Fold(loc.Name), loc?.Country, loc?.Lat, loc?.Lon, loc?.Id, loc?.Precision,
            e.Killed?.Low, e.Killed?.High, e.Injured?.Low, e.Injured?.High, e.Codes?.Cameo, e.Codes?.Acled,
            e.Confidence, e.Provenance?.Stage, e.Provenance?.Rule);

        WriteArguments(id, e.Id, "actor", e.Actors);
        WriteArguments(id, e.Id, "recipient", e.Recipients);
        for (var i = 0; i < e.Evidence.Count; i++)
        {
            _span.Run(e.Id, id, "evidence", i, e.Evidence[i].Start, e.Evidence[i].End);
        }

        _span.Run(e.Id, id, "trigger", 0, e.Trigger.Start, e.Trigger.End);
        WriteSpan(id, e.Id, "date", e.Date?.Span);
        WriteSpan(id, e.Id, "location", loc?.Span);
        WriteSpan(id, e.Id, "killed", e.Killed?.Span);
        WriteSpan(id, e.Id, "injured", e.Injured?.Span);
    }

    private void WriteArguments(string doc, string eventId, string role, IReadOnlyList<EventParticipant> participants)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            _argument.Run(eventId, doc, role, i, p.Text, p.Canonical, p.Country, p.Span.Start, p.Span.End,
                Names.Fold(p.Text) + "\u001f" + Names.Fold(p.Canonical ?? ""));
        }
    }

    private void WriteSpan(string doc, string eventId, string kind, TextSpan? span)
    {
        if (span is { } s)
        {
            _span.Run(eventId, doc, kind, 0, s.Start, s.End);
        }
    }

    public void Dispose()
    {
        _article.Dispose();
        _sentence.Dispose();
        _entity.Dispose();
        _actor.Dispose();
        _alias.Dispose();
        _timex.Dispose();
        _quote.Dispose();
        _event.Dispose();
        _argument.Dispose();
        _span.Dispose();
    }
}
