using Domain.Conversations;
using Domain.Conversations.Basics;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

/// <summary>The core's handlers, and the records the database stores for it.</summary>
public static class DomainServices
{
    public static IServiceCollection AddDomain(this IServiceCollection services)
    {
        services.AddSingleton<ICommandHandler, StartCommand>();
        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddSingleton<ICommandHandler, CancelCommand>();
        services.AddSingleton<LanguageChoice>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<LanguageChoice>());
        services.AddSingleton<IButtonHandler>(sp => sp.GetRequiredService<LanguageChoice>());
        services.AddSingleton<Router>();
        return services;
    }
}

public static class StoredEntities
{
    public static readonly IReadOnlyList<Type> Types = [typeof(Session)];
}
