namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// The index's writers, serialised by one lock: full reads of SMD (which keep the stream's newer view of the nodes it
/// changed while they ran), the stream's snapshots and changes, and waiting for the stream to reach a sequence.
/// </summary>
internal sealed partial class NodeDirectory
{
    /// <summary>For the refresh worker: a full read of SMD starts; the stream's changes from now on are noted.</summary>
    internal void BeginFullRead()
    {
        lock (_writer)
        {
            _changedDuringRead = new HashSet<string>(StringComparer.Ordinal);
            _readSuperseded = false;
        }
    }

    /// <summary>For the refresh worker: the full read failed; the stream's changes need no more noting.</summary>
    internal void AbandonFullRead()
    {
        lock (_writer)
        {
            _changedDuringRead = null;
        }
    }

    /// <summary>
    /// For the refresh worker: swaps in the table a full read built, after putting back the nodes the stream changed
    /// while SMD was read (the read may predate those changes). A stream snapshot taken meanwhile is newer than the
    /// whole read: then the read is dropped and false returned.
    /// </summary>
    internal bool CompleteFullRead(NodeTable table, NodeIndexStatus status)
    {
        lock (_writer)
        {
            var changed = _changedDuringRead;
            _changedDuringRead = null;
            if (_readSuperseded)
            {
                return false;
            }

            foreach (var xname in changed ?? [])
            {
                if (_current.FindByXname(xname) is { } node)
                {
                    table.Upsert(node);
                }
                else
                {
                    table.Remove(xname);
                }
            }

            _current = table;
            _status = status;
            Interlocked.Add(ref _nodesWritten, table.Count);
            return true;
        }
    }

    /// <summary>For the stream: a snapshot consistent at <paramref name="sequence"/> replaces the index.</summary>
    internal void ResetFromStream(NodeTable table, ulong sequence, DateTimeOffset now)
    {
        lock (_writer)
        {
            _current = table;
            Interlocked.Add(ref _nodesWritten, table.Count);
            _readSuperseded = _changedDuringRead is not null;
            _streamLoaded = true;
            _status = new NodeIndexStatus(now, now, null, null, table.Count);
            Advance(sequence);
        }
    }

    /// <summary>For the stream: one change, applied in place; <paramref name="apply"/> returns the xnames it changed.</summary>
    internal void ApplyFromStream(Func<NodeTable, IEnumerable<string>> apply, ulong sequence, DateTimeOffset now)
    {
        lock (_writer)
        {
            foreach (var xname in apply(_current))
            {
                _changedDuringRead?.Add(xname);
                Interlocked.Increment(ref _nodesWritten);
            }

            _status = _status with { LastSuccess = now, LastError = null, NodeCount = _current.Count };
            Advance(sequence);
        }
    }

    /// <summary>For the stream: SMD sent a heartbeat, so the index is still current.</summary>
    internal void Heard(DateTimeOffset now)
    {
        lock (_writer)
        {
            _status = _status with { LastSuccess = now, LastError = null };
        }
    }

    /// <summary>Waits until the stream has applied <paramref name="sequence"/>; false when <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitForSequenceAsync(ulong sequence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        while (true)
        {
            Task advanced;
            lock (_writer)
            {
                if (_sequence >= sequence)
                {
                    return true;
                }

                advanced = _sequenceAdvanced.Task;
            }

            try
            {
                await advanced.WaitAsync(timer.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    private void Advance(ulong sequence)
    {
        _sequence = sequence;
        var advanced = _sequenceAdvanced;
        _sequenceAdvanced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        advanced.TrySetResult();
    }
}
