using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates;

/// <summary>A temporal expression with the id of the rule that found it (for explanations, errors and rule tests).</summary>
public sealed record TaggedTimex(TimeExpression Timex, string RuleId);
