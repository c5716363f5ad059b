using System.Threading.Channels;

namespace Sitrep.Core.Pipeline;

/// <summary>
/// Maps a lazy sequence through a function on several threads and yields the results in input order. At most
/// <c>window</c> items are read ahead of the consumer, so memory stays bounded whatever the input size, and a slow
/// item holds back only the output, never the correctness of the order.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Select<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> work, int degree, int window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        return degree == 1 ? Sequential(source, work, cancellationToken) : Parallel(source, work, degree, Math.Max(window, degree), cancellationToken);
    }

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, CancellationToken ct)
    {
        foreach (var item in source)
        {
            ct.ThrowIfCancellationRequested();
            yield return work(item);
        }
    }

    private static IEnumerable<TOut> Parallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, int degree, int window, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var order = Channel.CreateBounded<TaskCompletionSource<TOut>>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        var jobs = Channel.CreateUnbounded<(TIn Item, TaskCompletionSource<TOut> Result)>(new UnboundedChannelOptions { SingleWriter = true });
        var producer = Task.Factory.StartNew(() => Produce(source, order.Writer, jobs.Writer, cts.Token), cts.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var workers = new Task[degree];
        for (var i = 0; i < degree; i++)
        {
            workers[i] = Task.Factory.StartNew(() => Work(jobs.Reader, work, cts.Token), cts.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            var reader = order.Reader;
            while (reader.WaitToReadAsync(cts.Token).AsTask().GetAwaiter().GetResult())
            {
                while (reader.TryRead(out var next))
                {
                    if (!next.Task.IsCompleted)
                    {
                        // Wait with the token so that a cancelled run cannot hang on a result no worker will set.
                        try
                        {
                            next.Task.Wait(cts.Token);
                        }
                        catch (AggregateException)
                        {
                            // Rethrown unwrapped just below.
                        }
                    }

                    yield return next.Task.GetAwaiter().GetResult();
                }
            }

            producer.GetAwaiter().GetResult();
        }
        finally
        {
            cts.Cancel();
            jobs.Writer.TryComplete();
            try
            {
                Task.WaitAll([producer, .. workers]);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
            {
                // Expected when the consumer stops early or the run is cancelled.
            }
        }
    }

    private static void Produce<TIn, TOut>(
        IEnumerable<TIn> source, ChannelWriter<TaskCompletionSource<TOut>> order, ChannelWriter<(TIn, TaskCompletionSource<TOut>)> jobs, CancellationToken ct)
    {
        Exception? failure = null;
        try
        {
            foreach (var item in source)
            {
                var result = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                if (!order.WaitToWriteAsync(ct).AsTask().GetAwaiter().GetResult() || !order.TryWrite(result))
                {
                    return;
                }

                jobs.TryWrite((item, result));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = ex;
        }
        finally
        {
            jobs.TryComplete();
            order.TryComplete(failure);
        }
    }

    private static void Work<TIn, TOut>(ChannelReader<(TIn Item, TaskCompletionSource<TOut> Result)> jobs, Func<TIn, TOut> work, CancellationToken ct)
    {
        while (jobs.WaitToReadAsync(ct).AsTask().GetAwaiter().GetResult())
        {
            while (jobs.TryRead(out var job))
            {
                try
                {
                    job.Result.SetResult(work(job.Item));
                }
                catch (Exception ex)
                {
                    job.Result.SetException(ex);
                }
            }
        }
    }
}
