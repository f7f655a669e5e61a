namespace AllBot.Knowledge.Answers;

/// <summary>Answers one message. Implementations are built once and are safe to share between threads.</summary>
public interface IAnswerer
{
    /// <summary>Answers <paramref name="question"/>; never throws for any input text.</summary>
    Answer Answer(string question);
}
