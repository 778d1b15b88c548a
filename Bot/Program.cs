using System.Text;
using Bot.Hosting;

Console.InputEncoding = Encoding.UTF8;
Console.OutputEncoding = Encoding.UTF8;
return await BotHost.RunAsync(args, Console.In, Console.Out, Console.Error);
