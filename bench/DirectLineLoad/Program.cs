using AllBot.Bench.DirectLineLoad;

// Usage: DirectLineLoad --url http://127.0.0.1:5000 [--conversations 50] [--seconds 20]
var options = LoadOptions.Parse(args);
var result = await ChannelLoad.RunAsync(options);
Console.WriteLine(result);
return result.Errors == 0 ? 0 : 1;
