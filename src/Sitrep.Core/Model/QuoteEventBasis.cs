namespace Sitrep.Core.Model;

/// <summary>Why a quote is linked to an event (see <see cref="Quote.EventId"/>).</summary>
public enum QuoteEventBasis
{
    /// <summary>The event's trigger lies inside the quoted words or the reported clause.</summary>
    Content,

    /// <summary>The event's trigger is the quote's own attribution ("Putin warned that …"), in the same sentence.</summary>
    Attribution,

    /// <summary>The attribution names the event ("commented on the talks, saying …").</summary>
    Anaphor,

    /// <summary>The quote follows the sentence reporting the event and its speaker is an actor of it or unnamed ("one official").</summary>
    Context,
}
