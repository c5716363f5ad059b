using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_come_out_in_input_order_even_when_early_items_are_slow()
    {
        var input = Enumerable.Range(0, 200);
        var output = OrderedParallel.Select(input, i =>
        {
            Thread.Sleep(i % 7 == 0 ? 5 : 0);
            return i * 2;
        }, degree: 4, window: 16).ToList();
        Assert.Equal(input.Select(i => i * 2), output);
    }

    [Fact]
    public void No_more_than_the_window_is_read_ahead_of_the_consumer()
    {
        var read = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }

        using var e = OrderedParallel.Select(Source(), i => i, degree: 2, window: 8).GetEnumerator();
        Assert.True(e.MoveNext());
        Thread.Sleep(100);
        Assert.InRange(Volatile.Read(ref read), 1, 8 + 2);
    }

    [Fact]
    public void An_exception_in_the_work_surfaces_at_its_position()
    {
        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var x in OrderedParallel.Select(Enumerable.Range(0, 50), i => i == 20 ? throw new InvalidOperationException("boom") : i, 3, 8))
            {
                seen.Add(x);
            }
        });
        Assert.Equal("boom", error.Message);
        Assert.Equal(Enumerable.Range(0, 20), seen);
    }

    [Fact]
    public void An_exception_in_the_source_surfaces_after_the_items_before_it()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new IOException("disk");
        }

        var seen = new List<int>();
        Assert.Throws<IOException>(() =>
        {
            foreach (var x in OrderedParallel.Select(Source(), i => i, 2, 4))
            {
                seen.Add(x);
            }
        });
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void Stopping_early_does_not_hang()
    {
        var first = OrderedParallel.Select(Enumerable.Range(0, 1_000_000), i => i, 2, 8).Take(3).ToList();
        Assert.Equal([0, 1, 2], first);
    }
}
