if (args is ["throughput", ..])
{
    Sitrep.Benchmarks.ThroughputCheck.Run();
    return;
}

BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
