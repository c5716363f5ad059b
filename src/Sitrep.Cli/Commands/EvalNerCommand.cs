using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Extract.Entities;
using Sitrep.Learn.Sequence;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval ner FILE.conll [--map conll|gmb|gmb-full|K=V,…] [--model PATH]</c>: tags the file's tokens, types
/// each entity as the entity stage does (PERSON, ORG, GPE, LOC, FAC, NORP, OTHER), maps the types to the file's tag
/// set and scores exact spans per type and micro-averaged (conlleval semantics). A domain-adapted model tags with the
/// domain named by --domain, else with the map's corpus ("gmb" for --map gmb|gmb-full) when the model has it.
/// </summary>
public static class EvalNerCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Gold CoNLL file (token<TAB>tag, BIO or IOB1)." };
        var map = new Option<string>("--map") { Description = "Type mapping: conll, gmb, gmb-full, or TYPE=GOLD pairs separated by commas (applied on top of conll).", DefaultValueFactory = _ => "conll" };
        var modelPath = new Option<string?>("--model") { Description = "Model file (default: the shipped model)." };
        var domain = new Option<string?>("--domain") { Description = "Corpus conventions of a domain-adapted model (conll, gmb); default: the map's corpus." };
        var command = new Command("ner", "Score the named-entity tagger on a CoNLL file.");
        command.Arguments.Add(file);
        command.Options.Add(map);
        command.Options.Add(modelPath);
        command.Options.Add(domain);
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"no such file: {path}");
            }

            var typeMap = EntityTypeMap.Parse(parse.GetValue(map)!) ?? throw new UsageException($"bad --map '{parse.GetValue(map)}'.");
            var lexicon = EntityResources.LoadDefault();
            var model = parse.GetValue(modelPath) is { } m ? NerModelFile.Load(m, lexicon) : NerModelFile.LoadDefault(lexicon);
            var mapName = parse.GetValue(map)!;
            if (parse.GetValue(domain) is { } named)
            {
                model = model.WithDomain(named) ?? throw new UsageException($"the model has no domain '{named}' (it has: {string.Join(", ", model.Domains)}).");
            }
            else if (mapName.StartsWith("gmb", StringComparison.Ordinal) && model.WithDomain("gmb") is { } gmb)
            {
                model = gmb;
            }

            var typer = new EntityTyper(lexicon);
            var gold = ConllReader.Read(path);
            var scorer = NerEvaluator.Score(model, gold, (type, surface) => typeMap.Map(typer.TypeOf(type, surface)));
            var table = new Table().AddColumns("type", "gold", "predicted", "correct", "precision", "recall", "F1");
            foreach (var s in scorer.ByType().Append(scorer.Micro()))
            {
                table.AddRow(s.Type, N(s.Gold), N(s.Predicted), N(s.Correct), P(s.Precision), P(s.Recall), P(s.F1));
            }

            context.Terminal.Out.Write(table);
            context.Terminal.OutWriter.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(model.Domain == 0 ? "" : "domain " + model.DomainName + ", ")}{scorer.Sentences} sentences, {scorer.Tokens} tokens, token accuracy {(double)scorer.TokensCorrect / Math.Max(1, scorer.Tokens):0.0000}, micro F1 {scorer.Micro().F1:0.0000}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string P(double p) => p.ToString("0.0000", CultureInfo.InvariantCulture);
}
