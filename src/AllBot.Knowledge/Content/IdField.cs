namespace AllBot.Knowledge.Content;

/// <summary>The required <c>id</c> field: a slug that stays the same when the title changes.</summary>
internal static class IdField
{
    public static string? Read(FrontMatter front)
    {
        var id = front.RequiredText("id");
        if (id is null) return null;
        if (Slug.IsValid(id)) return id;
        front.ReportField("id", $"the id '{id}' must use only a-z, 0-9 and single hyphens, like '{Slug.From(id)}'");
        return null;
    }
}
