using AllBot.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/AllBot.Benchmarks [-- --quick] [-- BenchmarkDotNet options, e.g. --filter *Answer*]
// --describe: sizes and the kind of every benchmark question on each knowledge base, no BenchmarkDotNet.
BenchmarkMode.Quick = args.Contains("--quick");
var options = args.Where(a => a != "--quick").ToArray();
if (options.Contains("--describe")) return KnowledgeBaseReport.Print();

// Without options BenchmarkSwitcher would ask which benchmark to run; run them all instead.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(options.Length == 0 ? ["--filter", "*"] : options);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
