namespace AllBot.Knowledge.Answers;

/// <summary>Answers one message. Implementations are built once and are safe to share between threads.</summary>
public interface IAnswerer
{
    /// <summary>
    /// Answers <paramref name="question"/>; never throws for any input text. <paramref name="previous"/> is the
    /// conversation's previous message and answer, when the caller keeps one.
    /// </summary>
    Answer Answer(string question, PreviousTurn? previous = null);
}
