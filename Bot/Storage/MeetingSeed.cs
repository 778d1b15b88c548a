using Domain.Events;
using Microsoft.Extensions.Hosting;

namespace Bot.Storage;

/// <summary>
/// Puts the meetings of the data file (the plan's conference) into an empty database at start.
/// After that the database is the truth: organizers change meetings by chat, and a restart does
/// not bring back what they changed.
/// </summary>
/// <param name="path">The meetings file (Bot:MeetingsFile, from the content root).</param>
public sealed class MeetingSeed(IRecordStore entities, string path) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (entities.All<Meeting>().Count == 0)
        {
            foreach (var meeting in MeetingFile.Load(path))
            {
                entities.Put(meeting);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
