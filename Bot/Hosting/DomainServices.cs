using Bot.Storage;
using Domain.Conversations;
using Domain.Conversations.Basics;
using Domain.Members;
using Domain.Members.Registration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>The core's handlers, and the records the database stores for it.</summary>
public static class DomainServices
{
    public static IServiceCollection AddDomain(this IServiceCollection services)
    {
        services.AddSingleton(sp => UnitFile.Load(Path.GetFullPath(Path.Combine(
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            sp.GetRequiredService<IOptions<BotOptions>>().Value.UnitsFile))));

        services.AddSingleton<ICommandHandler, StartCommand>();
        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddSingleton<ICommandHandler, CancelCommand>();
        services.AddHandler<LanguageChoice>(command: true, button: true);

        services.AddSingleton<RegistrationActions>();
        services.AddHandler<RegistrationFlow>(flow: true);
        services.AddHandler<ApprovalRequests>(button: true, signal: true);
        services.AddSingleton<ICommandHandler, PendingCommand>();
        services.AddHandler<MemberDirectory>(command: true, button: true);
        services.AddHandler<ProfileEditor>(command: true, button: true, flow: true);
        services.AddHandler<DataErasure>(command: true, button: true);

        services.AddSingleton<Router>();
        return services;
    }

    /// <summary>Registers one handler instance under each role it plays.</summary>
    private static void AddHandler<T>(this IServiceCollection services, bool command = false, bool button = false, bool flow = false, bool signal = false)
        where T : class
    {
        services.AddSingleton<T>();
        if (command)
        {
            services.AddSingleton(sp => (ICommandHandler)sp.GetRequiredService<T>());
        }

        if (button)
        {
            services.AddSingleton(sp => (IButtonHandler)sp.GetRequiredService<T>());
        }

        if (flow)
        {
            services.AddSingleton(sp => (IFlow)sp.GetRequiredService<T>());
        }

        if (signal)
        {
            services.AddSingleton(sp => (ISignalHandler)sp.GetRequiredService<T>());
        }
    }
}

public static class StoredEntities
{
    public static readonly IReadOnlyList<Type> Types = [typeof(Session), typeof(Member), typeof(RoleGrant)];
}
