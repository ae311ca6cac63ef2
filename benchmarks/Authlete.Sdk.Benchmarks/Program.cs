using Authlete.Sdk.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Authlete.Sdk.Benchmarks -- --filter '*' --job short   (BenchmarkDotNet)
// dotnet run -c Release --project benchmarks/Authlete.Sdk.Benchmarks -- loopback                    (Kestrel on 127.0.0.1)
if (args.Length > 0 && args[0] == "loopback")
{
    return await LoopbackHarness.RunAsync(args[1..]).ConfigureAwait(false);
}

if (args.Length > 0 && args[0] == "probe")
{
    return await Probe.RunAsync(args[1..]).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(Payloads).Assembly).Run(args);
return 0;
