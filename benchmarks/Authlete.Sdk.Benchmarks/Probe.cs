using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// A quick, load-tolerant look at the benchmarks while iterating: for each [Benchmark] method, the exact bytes
/// allocated per call and the fastest of 15 timed batches (the minimum suffers least from a busy machine).
/// Not a substitute for the BenchmarkDotNet run. Usage: <c>probe [type-name-substring]</c>.
/// </summary>
public static class Probe
{
    public static async Task<int> RunAsync(string[] args)
    {
        string filter = args.Length > 0 ? args[0] : string.Empty;
        foreach (Type type in typeof(Probe).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsPublic && t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)))
        {
            MethodInfo[] methods = [.. type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)];
            if (methods.Length == 0)
            {
                continue;
            }

            object instance = Activator.CreateInstance(type)!;
            foreach (PropertyInfo property in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsSourceAttribute>() is not null))
            {
                string source = property.GetCustomAttribute<ParamsSourceAttribute>()!.Name;
                property.SetValue(instance, ((IEnumerable<string>)type.GetMethod(source)!.Invoke(instance, null)!).First());
            }

            type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null).Invoke(instance, null);
            Console.WriteLine(type.Name);
            const int Calls = 1000;
            var calls = new List<(string Name, Func<Task> Call, long Bytes)>();
            foreach (MethodInfo method in methods)
            {
                Func<Task> call = method.ReturnType.IsAssignableTo(typeof(Task))
                    ? () => (Task)method.Invoke(instance, null)!
                    : () => { method.Invoke(instance, null); return Task.CompletedTask; };
                for (int i = 0; i < 2000; i++)
                {
                    await call().ConfigureAwait(false);
                }

                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Calls; i++)
                {
                    await call().ConfigureAwait(false);
                }

                calls.Add((method.Name, call, (GC.GetAllocatedBytesForCurrentThread() - before) / Calls));
            }

            // Round-robin batches, fastest batch per method: a burst of load hits one batch, not one method.
            double[] best = [.. calls.Select(_ => double.MaxValue)];
            for (int round = 0; round < 25; round++)
            {
                for (int m = 0; m < calls.Count; m++)
                {
                    long started = Stopwatch.GetTimestamp();
                    for (int i = 0; i < Calls; i++)
                    {
                        await calls[m].Call().ConfigureAwait(false);
                    }

                    best[m] = Math.Min(best[m], Stopwatch.GetElapsedTime(started).TotalMicroseconds / Calls);
                }
            }

            for (int m = 0; m < calls.Count; m++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {calls[m].Name,-26} {best[m],9:F3} us  x{best[m] / best[0]:F2}  {calls[m].Bytes,7} B  x{calls[m].Bytes / (double)calls[0].Bytes:F2}"));
            }
        }

        return 0;
    }
}
