using AllBot.Knowledge.Answers;

namespace AllBot.Benchmarks;

/// <summary>
/// bench/patient-questions.tsv: questions written for the benchmarks, each with the reply kind the engine should
/// give. The load test (bench/load.lua) sends the same questions.
/// </summary>
internal static class PatientQuestions
{
    public static IReadOnlyList<string> Of(AnswerKind kind) =>
        All().Where(q => q.Kind == kind).Select(q => q.Text).ToList();

    public static IReadOnlyList<(AnswerKind Kind, string Text)> All()
    {
        var questions = new List<(AnswerKind, string)>();
        foreach (var line in File.ReadLines(RepositoryFiles.PatientQuestions))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t', 2);
            questions.Add((ParseKind(parts[0]), parts[1]));
        }
        return questions;
    }

    /// <summary>The kind names of the command line's JSON ("no_answer"), as used in the file.</summary>
    public static string Name(AnswerKind kind) => kind switch
    {
        AnswerKind.NoAnswer => "no_answer",
        AnswerKind.SmallTalk => "smalltalk",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static AnswerKind ParseKind(string name) => name switch
    {
        "answer" => AnswerKind.Answer,
        "no_answer" => AnswerKind.NoAnswer,
        "urgent" => AnswerKind.Urgent,
        "smalltalk" => AnswerKind.SmallTalk,
        _ => throw new FormatException($"unknown reply kind '{name}' in {RepositoryFiles.PatientQuestions}"),
    };
}
