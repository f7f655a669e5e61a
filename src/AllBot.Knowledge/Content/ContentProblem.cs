namespace AllBot.Knowledge.Content;

/// <summary>One problem in the knowledge base, where an editor can find it.</summary>
/// <param name="File">The file's path relative to the knowledge-base folder.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong, in words an editor understands.</param>
public sealed record ContentProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Thrown when the knowledge base cannot be used; lists every problem found.</summary>
public sealed class KnowledgeBaseException(IReadOnlyList<ContentProblem> problems)
    : Exception("The knowledge base has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;
}
