namespace ReportMiner.Segmentation.Internal;

/// <summary>
/// Builds a <see cref="DoubleArrayTrie"/> from (key, value) pairs. Used offline for the main
/// dictionary (the result is committed as a compressed resource) and at run time for the small
/// user-word overlays. Deterministic: the same input always gives the same arrays.
/// </summary>
internal static class DoubleArrayBuilder
{
    /// <param name="entries">Keys (BMP characters only, non-empty, distinct) and their values (&gt; 0).</param>
    public static DoubleArrayTrie Build(IReadOnlyList<(string Key, int Value)> entries)
    {
        // Dense character codes, most frequent first, so that busy nodes use small offsets and pack well.
        var counts = new int[65536];
        foreach (var (key, _) in entries)
        {
            foreach (var c in key)
            {
                counts[c]++;
            }
        }

        var alphabet = Enumerable.Range(0, 65536).Where(c => counts[c] > 0)
            .OrderByDescending(c => counts[c]).ThenBy(c => c).ToArray();
        var codes = new ushort[65536];
        for (var i = 0; i < alphabet.Length; i++)
        {
            codes[alphabet[i]] = checked((ushort)(i + 1));
        }

        // A plain pointer trie first; children kept sorted by code.
        var tries = new List<TrieNode> { new() };
        foreach (var (key, value) in entries)
        {
            var n = 0;
            foreach (var c in key)
            {
                var code = codes[c];
                tries[n].Children ??= new SortedList<int, int>();
                if (!tries[n].Children!.TryGetValue(code, out var child))
                {
                    child = tries.Count;
                    tries.Add(new TrieNode());
                    tries[n].Children!.Add(code, child);
                }

                n = child;
            }

            tries[n].Value = value;
        }

        // Place nodes breadth first, each at the first base where all its children's slots are free.
        // Slots are only ever taken, never freed, so "the next free slot at or after p" is a
        // union-find with path compression (FreeSlots), which keeps the search near-linear.
        var nodes = new List<DaNode>(tries.Count * 2) { new() { Base = 0, Check = -2, Value = tries[0].Value } };
        var free = new FreeSlots();
        free.Take(0);
        var daIndex = new int[tries.Count];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        // Nodes with several children skip the holes before lowBound: searching them again and again
        // costs more than they save. A single child fits any free slot, so those still fill the holes.
        var lowBound = 1;
        while (queue.Count > 0)
        {
            var t = queue.Dequeue();
            var children = tries[t].Children;
            if (children is null || children.Count == 0)
            {
                continue;
            }

            var codesOf = children.Keys;
            var first = codesOf[0];
            var pos = free.Find(codesOf.Count == 1 ? first + 1 : Math.Max(first + 1, lowBound));
            var attempts = 0;
            int b;
            while (true)
            {
                attempts++;
                b = pos - first;
                var fits = true;
                for (var i = 1; i < codesOf.Count; i++)
                {
                    if (!free.IsFree(b + codesOf[i]))
                    {
                        fits = false;
                        break;
                    }
                }

                if (fits)
                {
                    break;
                }

                pos = free.Find(pos + 1);
            }

            if (attempts > 256)
            {
                lowBound = Math.Max(lowBound, pos);
            }

            var parent = daIndex[t];
            Ensure(nodes, b + codesOf[^1] + 1);
            var p = nodes[parent];
            p.Base = b;
            nodes[parent] = p;
            foreach (var (code, child) in children)
            {
                var slot = b + code;
                free.Take(slot);
                nodes[slot] = new DaNode { Base = 0, Check = parent, Value = tries[child].Value };
                daIndex[child] = slot;
                queue.Enqueue(child);
            }
        }

        // Trim trailing free slots.
        var length = nodes.Count;
        while (length > 1 && nodes[length - 1].Check == -1)
        {
            length--;
        }

        var array = new DaNode[length];
        for (var i = 0; i < length; i++)
        {
            var n = nodes[i];
            array[i] = n.Check == -1 ? new DaNode { Base = 0, Check = -1, Value = 0 } : n;
        }

        return new DoubleArrayTrie(array, codes);
    }

    private static void Ensure(List<DaNode> nodes, int size)
    {
        while (nodes.Count < size)
        {
            nodes.Add(new DaNode { Base = 0, Check = -1, Value = 0 });
        }
    }

    /// <summary>Next-free-slot queries over a growing array of slots that are only ever taken.</summary>
    private sealed class FreeSlots
    {
        private int[] _next = new int[1024]; // _next[p] == p: free; otherwise a slot after p to look at

        public FreeSlots()
        {
            for (var i = 0; i < _next.Length; i++)
            {
                _next[i] = i;
            }
        }

        public bool IsFree(int p)
        {
            Grow(p);
            return _next[p] == p;
        }

        public void Take(int p)
        {
            Grow(p + 1);
            _next[p] = p + 1;
        }

        public int Find(int p)
        {
            Grow(p);
            var root = p;
            while (_next[root] != root)
            {
                root = _next[root];
                Grow(root);
            }

            while (_next[p] != root && p != root)
            {
                var n = _next[p];
                _next[p] = root;
                p = n;
            }

            return root;
        }

        private void Grow(int p)
        {
            if (p < _next.Length)
            {
                return;
            }

            var old = _next.Length;
            Array.Resize(ref _next, Math.Max(p + 1, old * 2));
            for (var i = old; i < _next.Length; i++)
            {
                _next[i] = i;
            }
        }
    }

    private sealed class TrieNode
    {
        public SortedList<int, int>? Children;
        public int Value;
    }
}
