namespace AllBot.Knowledge.Safety;

/// <summary>How a sign is said in a message: happening now, or one of the reasons it is not a red flag.</summary>
public enum Framing
{
    /// <summary>Described as happening now to the writer or someone they look after.</summary>
    Now,
    /// <summary>In a story, homework, role play, the news, or asked "just curious".</summary>
    Fiction,
    /// <summary>The person is already being looked after: in hospital, on the ward, an ambulance on its way.</summary>
    InCare,
    /// <summary>About someone the writer does not look after, or people in general.</summary>
    NotInCare,
    /// <summary>Denied: "no fever", "his temperature is normal".</summary>
    Negated,
    /// <summary>A plan or a what-if: "what should we do if he gets a fever", "in case".</summary>
    Conditional,
    /// <summary>Asking whether to do something: "should I give him a double dose?".</summary>
    Planned,
    /// <summary>In the past: "last year", "when she was diagnosed".</summary>
    Past,
    /// <summary>Over: "it stopped", "he's fine now", or a later normal reading.</summary>
    Resolved,
    /// <summary>Something that happens from time to time: "I usually get breathless on the stairs".</summary>
    Habitual,
    /// <summary>A question about the sign in general: "can chemo cause a fever?".</summary>
    General,
    /// <summary>The red flag's own exception: breathless after running, a puffy face from steroids.</summary>
    Excepted,
}
