using Sitrep.Core.Model;

namespace Sitrep.Storage.Queries;

/// <summary>A provenance span of an event: <see cref="Kind"/> is evidence, trigger, date, location, killed or injured.</summary>
public sealed record StoredSpan(string Kind, TextSpan Span, string Text);
