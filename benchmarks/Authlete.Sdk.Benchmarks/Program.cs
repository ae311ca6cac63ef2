using Authlete.Sdk.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Authlete.Sdk.Benchmarks -- --filter '*' --job short   (BenchmarkDotNet)
// dotnet run -c Release --project benchmarks/Authlete.Sdk.Benchmarks -- loopback                    (Kestrel on 127.0.0.1)
// dotnet run -c Release --project benchmarks/Authlete.Sdk.Benchmarks -- scaleout                    (1 and 2 sample instances, Redis)
// dotnet run -c Release --project benchmarks/Authlete.Sdk.Benchmarks -- endpoints                   (Map* endpoints vs hand-written, child host)
// dotnet run -c Release --project benchmarks/Authlete.Sdk.Benchmarks -- coldstart                   (process start to first call: JIT, R2R, AOT)
if (args.Length > 0 && args[0] == "loopback")
{
    return await LoopbackHarness.RunAsync(args[1..]).ConfigureAwait(false);
}

if (args.Length > 0 && args[0] == "scaleout")
{
    return await ScaleOutHarness.RunAsync(args[1..]).ConfigureAwait(false);
}

if (args is ["endpoints" or "endpoint-host", ..])
{
    return await EndpointHarness.RunAsync(args).ConfigureAwait(false);
}

if (args.Length > 0 && args[0] == "coldstart")
{
    return await ColdStartHarness.RunAsync(args[1..]).ConfigureAwait(false);
}

if (args.Length > 0 && args[0] == "probe")
{
    return await Probe.RunAsync(args[1..]).ConfigureAwait(false);
}

// The median beside the mean: this machine is shared, and the median shrugs off the odd slow iteration.
BenchmarkSwitcher.FromAssembly(typeof(Payloads).Assembly)
    .Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median));
return 0;
