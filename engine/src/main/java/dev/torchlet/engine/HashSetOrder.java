package dev.torchlet.engine;

import java.util.Arrays;

/**
 * The iteration order of GCC's libstdc++ {@code std::unordered_set} after inserting elements one by
 * one, which is the order of PyTorch 1.13's CPU {@code unique(sorted=False)}.
 *
 * <p>That container keeps every node on one singly linked list and remembers, for each bucket
 * ({@code hash % bucket count}), the node just before the bucket's first node. A new node goes to
 * the front of its bucket's run, or, when its bucket is empty, to the front of the whole list. It
 * gets its buckets at the first insertion and, when one more node would exceed one node per
 * bucket, re-buckets to the next of {@link #BUCKET_COUNTS}, relinking the old list from front to
 * back by the same rule.
 */
final class HashSetOrder {
    /** Whether elements {@code a} and {@code b} hold equal values (never true for NaN). */
    @FunctionalInterface
    interface ElementsEqual {
        boolean test(int a, int b);
    }

    /**
     * What inserting every element gave: {@code nodeOfElement[k]} is the node (numbered in
     * insertion order) holding element k's value, {@code firstElementOfNode[node]} the element
     * that created it, and {@code iteration} the nodes in the set's iteration order.
     */
    record Insertion(int[] nodeOfElement, int[] firstElementOfNode, int[] iteration) {
    }

    /**
     * The bucket counts a set goes through as it grows: 13, then each time the first bucket count
     * of libstdc++'s prime rehash policy (its {@code _M_next_bkt}, read from libstdc++ 12 on
     * x86-64) not below twice the last one.
     */
    private static final int[] BUCKET_COUNTS = {13, 29, 59, 127, 257, 541, 1109, 2357, 5087, 10273, 20753, 42043,
        85229, 172933, 351061, 712697, 1447153, 2938679, 5967347, 12117689, 24607243, 49969847, 101473717,
        206062531, 418451333, 849749479, 1725587117};
    private static final int EMPTY = -1;
    /** In {@link #bucketBefore}: the bucket's first node is the head of the list. */
    private static final int BEFORE_HEAD = -2;
    private static final int END = -1;

    private final long[] hashes;
    private final int[] elementOfNode;
    private final int[] next;
    private int nodes;
    private int head = END;
    /** One bucket, empty, until the first insertion gives the set its first bucket count. */
    private int[] bucketBefore = {EMPTY};
    /** How many of {@link #BUCKET_COUNTS} the set has gone through. */
    private int growths;

    private HashSetOrder(int elements) {
        hashes = new long[elements];
        elementOfNode = new int[elements];
        next = new int[elements];
    }

    /** Inserts elements 0 .. hashes.length-1, whose hash codes are given, in that order. */
    static Insertion insertAll(long[] hashes, ElementsEqual equal) {
        HashSetOrder set = new HashSetOrder(hashes.length);
        int[] nodeOfElement = new int[hashes.length];
        for (int k = 0; k < hashes.length; k++) {
            nodeOfElement[k] = set.insert(k, hashes[k], equal);
        }
        int[] iteration = new int[set.nodes];
        int i = 0;
        for (int p = set.head; p != END; p = set.next[p]) {
            iteration[i++] = p;
        }
        return new Insertion(nodeOfElement, Arrays.copyOf(set.elementOfNode, set.nodes), iteration);
    }

    private int insert(int element, long hash, ElementsEqual equal) {
        int found = find(element, hash, equal);
        if (found != END) {
            return found;
        }
        if (growths == 0 || nodes + 1 > bucketBefore.length) {
            // At most one node per bucket (max_load_factor 1).
            rebucket();
        }
        int node = nodes++;
        hashes[node] = hash;
        elementOfNode[node] = element;
        linkAtBucketFront(node);
        return node;
    }

    private int find(int element, long hash, ElementsEqual equal) {
        int bucket = bucketOf(hash);
        int before = bucketBefore[bucket];
        if (before == EMPTY) {
            return END;
        }
        for (int p = before == BEFORE_HEAD ? head : next[before]; p != END && bucketOf(hashes[p]) == bucket; p = next[p]) {
            if (equal.test(elementOfNode[p], element)) {
                return p;
            }
        }
        return END;
    }

    private void linkAtBucketFront(int node) {
        int bucket = bucketOf(hashes[node]);
        int before = bucketBefore[bucket];
        if (before == BEFORE_HEAD) {
            next[node] = head;
            head = node;
        } else if (before != EMPTY) {
            next[node] = next[before];
            next[before] = node;
        } else {
            next[node] = head;
            head = node;
            if (next[node] != END) {
                // The bucket that was first now starts after this node.
                bucketBefore[bucketOf(hashes[next[node]])] = node;
            }
            bucketBefore[bucket] = BEFORE_HEAD;
        }
    }

    private void rebucket() {
        if (growths == BUCKET_COUNTS.length) {
            throw new TorchException(TorchException.Kind.RUNTIME_ERROR, "unique(sorted=False): too many distinct values");
        }
        bucketBefore = new int[BUCKET_COUNTS[growths++]];
        Arrays.fill(bucketBefore, EMPTY);
        int p = head;
        head = END;
        while (p != END) {
            int following = next[p];
            linkAtBucketFront(p);
            p = following;
        }
    }

    private int bucketOf(long hash) {
        return (int) Long.remainderUnsigned(hash, bucketBefore.length);
    }
}
