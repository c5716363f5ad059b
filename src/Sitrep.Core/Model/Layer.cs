namespace Sitrep.Core.Model;

/// <summary>The layers of a <see cref="Document"/> that stages require and produce.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    Syntax = 1 << 2,
    Entities = 1 << 3,
    Places = 1 << 4,
    Timexes = 1 << 5,
    Quotes = 1 << 6,
    Events = 1 << 7,
}
