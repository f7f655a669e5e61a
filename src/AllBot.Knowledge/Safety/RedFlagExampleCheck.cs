using AllBot.Knowledge.Content;

namespace AllBot.Knowledge.Safety;

/// <summary>
/// The editors' examples run through the triage: an example a red flag does not recognise, or an information example
/// judged urgent, is a problem with its file and line, so a change to the words or the red flags that breaks one is
/// found by <c>check</c> before it reaches patients.
/// </summary>
public static class RedFlagExampleCheck
{
    public static IEnumerable<ContentProblem> Problems(KnowledgeEngine engine)
    {
        foreach (var flag in engine.Content.RedFlags.Flags)
        {
            foreach (var example in flag.Examples)
            {
                var result = engine.Triage.Triage(example.Text);
                if (result.Flag?.Id != flag.Id)
                    yield return new(flag.Path, example.Line, $"the example \"{example.Text}\" is not recognised as '{flag.Id}' " +
                        $"({(result.Flag is { } other ? $"it is read as '{other.Id}'" : Why(result))})");
            }
            foreach (var example in flag.Information)
            {
                var result = engine.Triage.Triage(example.Text);
                if (result.Flag is { } other)
                    yield return new(flag.Path, example.Line, $"the information example \"{example.Text}\" is judged urgent as '{other.Id}' ({result.Evidence})");
            }
        }
    }

    private static string Why(TriageResult result) =>
        result.SetAside.Count == 0 ? "no sign found" : "set aside: " + string.Join("; ", result.SetAside);
}
