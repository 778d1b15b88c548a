using Domain.Conversations;
using Domain.Users;

namespace Bot.Pipeline;

/// <summary>
/// A channel's second chance to fetch a sent file. A file is fetched on arrival only when the
/// bot already waits for it; one that arrives with the press that makes it wait (in the same
/// poll answer, or before that press's turn ran) travels without content. Its own turn runs in
/// the person's queue after the press, so the fetch is asked again there.
/// </summary>
public interface ILateFileFetch
{
    /// <summary>The envelope, with the file's content when it is a file of this channel that the person's turn now waits for.</summary>
    Task<InboundEnvelope> CompleteAsync(InboundEnvelope envelope, UserKey person, CancellationToken ct);
}
