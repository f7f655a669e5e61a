namespace AllBot.Knowledge.Search;

/// <summary>
/// What the index keeps about one passage or program beside Lucene: the analysed terms of all its fields, so the
/// answer pipeline can tell how much of a question a result really covers, and those of its topical fields.
/// </summary>
internal sealed record IndexedDocument<T>(T Item, IReadOnlySet<string> Terms, IReadOnlySet<string> TopicalTerms);
